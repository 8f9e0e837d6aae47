package vn.luanchuyen.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.luanchuyen.TestProject;
import vn.luanchuyen.model.Cadre;
import vn.luanchuyen.model.Unit;

class SafeLoadingTest {
    @TempDir
    Path dir;

    private TestProject project() throws IOException {
        return new TestProject(dir).withBase();
    }

    @Test
    void keepsCodesAndNumbersAsWrittenText() throws IOException {
        TestProject p = project().write("data/units/tinh-a/huyen-e.yaml", """
                units:
                  - id: huyen-e
                    code: 010
                    name: no
                    type: huyện
                    parent: tinh-a
                  - id: xa-f
                    code: 00001
                    name: Yes
                    type: xã
                    parent: huyen-e
                """);
        var units = p.check().data().units();
        Unit e = units.stream().filter(u -> u.id().equals("huyen-e")).findFirst().orElseThrow();
        Unit f = units.stream().filter(u -> u.id().equals("xa-f")).findFirst().orElseThrow();
        assertThat(e.code()).isEqualTo("010");
        assertThat(e.name()).isEqualTo("no");
        assertThat(f.code()).isEqualTo("00001");
        assertThat(f.name()).isEqualTo("Yes");
        assertThat(p.lines()).isEmpty();
    }

    @Test
    void rejectsDuplicateKeysNamingBothLines() throws IOException {
        TestProject p = project().write("data/cadres/a.yaml", """
                id: a
                name: Nguyễn Văn A
                name: Nguyễn Văn B
                sources: [bao-mau]
                """);
        assertThat(p.lines()).containsExactly(
                "data/cadres/a.yaml:3:1: error [yaml.duplicate-key] key \"name\" appears twice in this mapping (first on line 2)"
                        + " (hint: keep one of them; merge their values if both matter)");
    }

    @Test
    void refusesAnAliasBombQuicklyAndSaysWhere() throws IOException {
        StringBuilder bomb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char prev = (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) bomb.append(i == 0 ? "" : ",").append('*').append(prev);
            bomb.append("]\n");
        }
        TestProject p = project().write("data/cadres/bomb.yaml", bomb.toString());
        assertThat(p.lines()).hasSize(91).allSatisfy(l -> assertThat(l).contains("[yaml.alias]"));
        assertThat(p.lines().get(0)).startsWith("data/cadres/bomb.yaml:1:4: error [yaml.alias] YAML anchors and aliases are not allowed (&a)");
    }

    @Test
    void rejectsAnchorsOnScalarsToo() throws IOException {
        TestProject p = project().write("data/cadres/a.yaml", """
                id: &x a
                name: Nguyễn Văn A
                sources: [bao-mau]
                """);
        assertThat(p.lines()).singleElement().asString().startsWith("data/cadres/a.yaml:1:5: error [yaml.alias]");
    }

    @Test
    void normalisesDecomposedVietnameseToNfc() throws IOException {
        String nfd = Normalizer.normalize("Nguyễn Hồng Sơn", Normalizer.Form.NFD);
        TestProject p = project().write("data/cadres/nguyen-hong-son.yaml",
                "id: nguyen-hong-son\nname: " + nfd + "\nsources: [bao-mau]\n");
        Cadre c = p.check().data().cadres().get(0);
        assertThat(c.name().full()).isEqualTo("Nguyễn Hồng Sơn").isNotEqualTo(nfd);
        assertThat(Normalizer.isNormalized(c.name().full(), Normalizer.Form.NFC)).isTrue();
    }

    @Test
    void reportsEveryTabInIndentation() throws IOException {
        TestProject p = project().write("data/cadres/a.yaml", "id: a\nname: Nguyễn Văn A\nsources:\n\t- bao-mau\ntenures:\n  \t- unit: xa-c\n");
        assertThat(p.lines()).extracting(l -> l.substring(0, l.indexOf(" error")))
                .containsExactly("data/cadres/a.yaml:4:1:", "data/cadres/a.yaml:6:3:");
    }

    @Test
    void acceptsAByteOrderMarkWithAWarning() throws IOException {
        TestProject p = project().write("data/cadres/a.yaml", "\uFEFFid: a\nname: Nguyễn Văn A\nsources: [bao-mau]\n");
        assertThat(p.check().hasErrors()).isFalse();
        assertThat(p.lines()).singleElement().asString().contains("warning [yaml.bom]");
        assertThat(p.check().data().cadres()).extracting(Cadre::id).containsExactly("a");
    }

    @Test
    void remembersWhereEveryRecordAndFieldWasWritten() throws IOException {
        TestProject p = project().write("data/cadres/a.yaml", """
                id: a
                name: Nguyễn Văn A
                sources: [bao-mau]
                tenures:
                  - unit: xa-c
                    post: bí thư
                    from: 2020-03
                """);
        var t = p.check().data().cadres().get(0).tenures().get(0);
        assertThat(t.origin().at()).hasToString("data/cadres/a.yaml:5:5");
        assertThat(t.origin().of("from")).hasToString("data/cadres/a.yaml:7:11");
    }

    @Test
    void rejectsPathLikeIds() throws IOException {
        TestProject p = project().write("data/cadres/a.yaml", """
                id: ../../etc/passwd
                name: Nguyễn Văn A
                sources: [bao-mau]
                """);
        assertThat(p.lines()).anySatisfy(l -> assertThat(l).startsWith("data/cadres/a.yaml:1:5: error [id.invalid]"));
    }
}
