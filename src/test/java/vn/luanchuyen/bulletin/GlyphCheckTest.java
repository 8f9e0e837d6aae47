package vn.luanchuyen.bulletin;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.luanchuyen.TestProject;
import vn.luanchuyen.model.Dataset;

/** A character the fonts cannot draw stops the bulletin (instead of printing "#"), naming it and where it came from. */
class GlyphCheckTest {

    @Test
    void refusesACjkCharacterInACadreNameAndPointsAtTheField() throws Exception {
        try (TestProject p = SmallProject.create()) {
            Path cadre = p.root().resolve("data/cadres/tran-van-an.yaml");
            Files.writeString(cadre, Files.readString(cadre).replace("name: Trần Văn An", "name: Trần Văn 中"));
            Dataset data = SampleProject.data(p);
            BulletinSpec spec = new BulletinCatalog().specs(data).get(0);
            assertThatThrownBy(() -> new BulletinWriter(p.root(), false).render(spec, data))
                    .isInstanceOf(BulletinException.class)
                    .hasMessageContaining("U+4E2D \"中\"")
                    .hasMessageContaining("data/cadres/tran-van-an.yaml:2:7, trường name");
        }
    }

    @Test
    void refusesAnEmojiOnlyWhereItIsPrintedAndPointsAtThatField() throws Exception {
        try (TestProject p = SmallProject.create()) {
            Path cadre = p.root().resolve("data/cadres/tran-van-an.yaml");
            Files.writeString(cadre, Files.readString(cadre).replace("Ghi chú công khai về nhiệm vụ mới.", "Ghi chú 😀"));
            Dataset data = SampleProject.data(p);
            BulletinSpec spec = new BulletinCatalog().specs(data).get(0);
            org.assertj.core.api.Assertions.assertThat(new BulletinWriter(p.root(), false).render(spec, data)).isNotEmpty();

            Path figures = p.root().resolve("data/figures/huyen-b.yaml");
            Files.writeString(figures, Files.readString(figures).replace("    unit: huyen-b\n    to: 2021-12\n    sources: [bao-mau]\n  - id: huyen-b-noi-bo",
                    "    unit: huyen-b\n    to: 2021-12\n    note: Đếm cả lượt 😀 biệt phái.\n    sources: [bao-mau]\n  - id: huyen-b-noi-bo"));
            Dataset withEmoji = SampleProject.data(p);
            assertThatThrownBy(() -> new BulletinWriter(p.root(), false).render(spec, withEmoji))
                    .isInstanceOf(BulletinException.class)
                    .hasMessageContaining("U+1F600")
                    .hasMessageContaining("data/figures/huyen-b.yaml:7:11, trường note");
        }
    }

    @Test
    void namesTheSettingWhenTheCharacterComesFromTheBulletinSettings() throws Exception {
        try (TestProject p = SmallProject.create()) {
            p.write("templates/bulletin/bulletin.properties", "publication = Bản tin\nsection = Xây dựng Đảng\nbyline = Ban Biên tập ✈✈\n");
            Dataset data = SampleProject.data(p);
            BulletinSpec spec = new BulletinCatalog().specs(data).get(0);
            assertThatThrownBy(() -> new BulletinWriter(p.root(), false).render(spec, data))
                    .isInstanceOf(BulletinException.class)
                    .hasMessageContaining("U+2708")
                    .hasMessageContaining("templates/bulletin/bulletin.properties, khóa byline");
        }
    }

}
