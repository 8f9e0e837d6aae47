package vn.luanchuyen.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Templates read our records through {@link RecordWrapper}: components and a record's own
 * no-argument methods as fields, escaped as any text; what else a template asks of a record
 * answered as Freemarker's bean model would; a record handed back to Java is the record.
 */
class RecordWrapperTest {
    public record Person(String name, int born, List<String> posts, Optional<String> note, Person mentor) {
        public String initials() {
            return name.substring(0, 1);
        }

        public String greet(String who) {
            return "Chào " + who + ", tôi là " + name;
        }
    }

    record Hidden(String name) {
    }

    @TempDir
    Path dir;

    private String render(String template, Object value) throws IOException {
        Files.writeString(dir.resolve("t.ftl"), template, StandardCharsets.UTF_8);
        return Templates.html(dir).render("t.ftl", Map.of("p", value));
    }

    private static Person person(String name) {
        return new Person(name, 1975, List.of("Bí thư", "Chủ tịch"), Optional.empty(), new Person("Hà Văn Đạt", 1950, List.of(), Optional.of("x"), null));
    }

    @Test
    void readsComponentsAndOwnMethodsAsFieldsEscaped() throws IOException {
        assertThat(render("${p.name}|${p.born}|${p.posts?join(', ')}|${p.initials}|${p.mentor.name}|${p.mentor.mentor???c}",
                person("<b>Lò Văn Á</b>")))
                .isEqualTo("&lt;b&gt;Lò Văn Á&lt;/b&gt;|1975|Bí thư, Chủ tịch|&lt;|Hà Văn Đạt|false");
    }

    @Test
    void answersWhatElseATemplateAsksAsTheBeanModelWould() throws IOException {
        assertThat(render("${p.greet('bạn')}|${p.note.present?c}|${p.mentor.note.get()}|${p.initials()}|${p.name()}", person("An")))
                .isEqualTo("Chào bạn, tôi là An|false|x|A|An");
    }

    @Test
    void aMissingFieldIsAnErrorNamingIt() {
        assertThatThrownBy(() -> render("${p.nmae}", person("An"))).isInstanceOf(TemplateProblem.class).hasMessageContaining("p.nmae");
    }

    @Test
    void listsItsFieldsAndHandsTheRecordBackToJava() throws IOException {
        assertThat(render("<#list p?keys as k>${k} </#list>", person("An"))).isEqualTo("name born posts note mentor initials ");
        Files.writeString(dir.resolve("t.ftl"), "${same(p)?c}", StandardCharsets.UTF_8);
        Person p = person("An");
        freemarker.template.TemplateMethodModelEx same = args -> ((freemarker.template.AdapterTemplateModel) args.get(0))
                .getAdaptedObject(Object.class) == p;
        assertThat(Templates.html(dir).render("t.ftl", Map.of("p", p, "same", same))).isEqualTo("true");
    }

    @Test
    void aRecordClassThatIsNotPublicIsLeftToFreemarker() {
        assertThatThrownBy(() -> render("${p.name}", new Hidden("An"))).isInstanceOf(TemplateProblem.class);
    }
}
