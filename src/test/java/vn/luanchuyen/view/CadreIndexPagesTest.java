package vn.luanchuyen.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.luanchuyen.TestProject;
import vn.luanchuyen.build.Checked;
import vn.luanchuyen.history.History;
import vn.luanchuyen.model.Cadre;
import vn.luanchuyen.model.Dataset;
import vn.luanchuyen.publish.Redactor;
import vn.luanchuyen.text.PersonOrder;
import vn.luanchuyen.text.VietnameseCollation;
import vn.luanchuyen.text.VietnameseLetters;
import vn.luanchuyen.view.Pages.CadresIndexPage;
import vn.luanchuyen.view.Pages.LetterLink;
import vn.luanchuyen.view.Pages.Page;

/**
 * The list of cadres: one page for the sample's few; for more than {@value CadreIndexPages#ON_ONE_PAGE}
 * (generated data), a page of letters with their counts and one list per letter of the given name.
 */
class CadreIndexPagesTest {
    private static TestProject project;
    private static Dataset many;

    @BeforeAll
    static void generate() throws IOException {
        project = TestProject.generated(120);
        many = new Redactor().publicView(project.check().data());
    }

    @AfterAll
    static void close() throws IOException {
        project.close();
    }

    private static List<PageTask> tasks(Dataset data) {
        return new CadreIndexPages(new ViewContext(data, List.of(), History.none(""), List.of())).tasks();
    }

    private static CadresIndexPage content(Page page) {
        return (CadresIndexPage) page.page();
    }

    @Test
    void aFewCadresAreOneListInTheOrderOfOfficialLists() {
        Dataset sample = new Redactor().publicView(Checked.of(Path.of(".")).data());
        List<PageTask> tasks = tasks(sample);
        assertThat(tasks).singleElement().satisfies(t -> assertThat(t.inputs()).isNull());
        Page page = tasks.get(0).make().get().get(0);
        assertThat(page.path()).isEqualTo(Paths.CADRES);
        assertThat(content(page).letters()).isEmpty();
        assertThat(content(page).cadres()).extracting(e -> e.link().text()).containsExactlyElementsOf(sortedNames(sample.cadres()));
    }

    @Test
    void manyCadresAreListedByLetterEachCadreOnceUnderTheLetterOfTheirGivenName() {
        assertThat(many.cadres()).hasSizeGreaterThan(CadreIndexPages.ON_ONE_PAGE);
        List<PageTask> tasks = tasks(many);
        Page first = tasks.get(0).make().get().get(0);
        assertThat(first.path()).isEqualTo(Paths.CADRES);
        assertThat(tasks.get(0).inputs()).as("the page of letters reads every cadre").isNull();
        List<LetterLink> letters = content(first).letters();
        assertThat(content(first).cadres()).isEmpty();
        assertThat(letters).extracting(LetterLink::letter)
                .isSortedAccordingTo(VietnameseCollation.comparator()).doesNotHaveDuplicates();
        assertThat(letters.stream().mapToInt(l -> Integer.parseInt(l.count().replace(".", ""))).sum()).isEqualTo(many.cadres().size());
        assertThat(content(first).total()).isEqualTo(String.format("%,d", many.cadres().size()).replace(',', '.'));

        Map<String, List<Cadre>> byLetter = many.cadres().stream()
                .collect(Collectors.groupingBy(c -> VietnameseLetters.initial(c.name().ten())));
        assertThat(tasks).hasSize(1 + byLetter.size());
        List<String> listed = new ArrayList<>();
        for (PageTask task : tasks.subList(1, tasks.size())) {
            Page page = task.make().get().get(0);
            CadresIndexPage list = content(page);
            List<Cadre> under = byLetter.get(list.letter());
            assertThat(page.path()).isEqualTo(Paths.cadresUnder(list.letter()));
            assertThat(task.inputs().cadres()).as("the task names exactly its cadres")
                    .containsExactlyElementsOf(under.stream().map(Cadre::id).toList());
            assertThat(list.cadres()).extracting(e -> e.link().text()).containsExactlyElementsOf(sortedNames(under));
            assertThat(list.count()).isEqualTo(String.valueOf(under.size()).replaceAll("(\\d)(?=(\\d{3})+$)", "$1."));
            assertThat(list.letters()).extracting(LetterLink::letter).containsExactlyElementsOf(letters.stream().map(LetterLink::letter).toList());
            assertThat(list.letters()).filteredOn(LetterLink::current).extracting(LetterLink::letter).containsExactly(list.letter());
            assertThat(list.total()).as("a letter's page says nothing its cadres do not").isEmpty();
            assertThat(task.inputs().task()).as("but which letters there are, which its task names")
                    .endsWith(String.join(" ", letters.stream().map(LetterLink::letter).toList()));
            list.cadres().forEach(e -> listed.add(e.link().href()));
        }
        assertThat(listed).doesNotHaveDuplicates().hasSize(many.cadres().size());
    }

    private static List<String> sortedNames(List<Cadre> cadres) {
        var keys = PersonOrder.keys();
        return cadres.stream().sorted(Comparator.comparing(c -> keys.apply(c.name()))).map(c -> c.name().full()).toList();
    }
}
