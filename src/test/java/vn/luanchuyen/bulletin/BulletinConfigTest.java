package vn.luanchuyen.bulletin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bulletin.properties: what each key gives, and a value it cannot take refused at its line and column. */
class BulletinConfigTest {
    private static final String REQUIRED = "# bản tin\npublication = Bản tin\nsection = Xây dựng Đảng\nbyline = Ban Biên tập\n";

    @TempDir
    Path dir;

    /** Loading with {@code more} lines fails, and the message starts at {@code lineAndColumn} of the file. */
    private org.assertj.core.api.AbstractThrowableAssert<?, ? extends Throwable> refusedAt(String more, String lineAndColumn) {
        return assertThatThrownBy(() -> load(more)).isInstanceOf(BulletinException.class)
                .hasMessageStartingWith(dir.resolve(BulletinConfig.FILE) + ":" + lineAndColumn + ":");
    }

    private BulletinConfig load(String more) throws IOException {
        Files.writeString(dir.resolve(BulletinConfig.FILE), REQUIRED + more, StandardCharsets.UTF_8);
        return BulletinConfig.load(dir);
    }

    @Test
    void withoutTheOptionalKeysEveryYearAndTwelveMovesTold() throws IOException {
        BulletinConfig config = load("");
        assertThat(config.yearsFrom()).isEqualTo(BulletinConfig.EVERY_YEAR);
        assertThat(config.toldMoves()).isEqualTo(BulletinConfig.TOLD_MOVES);
        assertThat(config.masthead().section()).isEqualTo("Xây dựng Đảng");
    }

    @Test
    void readsTheFirstYearWhicheverSeparatorItIsWrittenWith() throws IOException {
        assertThat(load("years.from = 2025\n").yearsFrom()).isEqualTo(2025);
        assertThat(load("years.from:2019\n").yearsFrom()).isEqualTo(2019);
        assertThat(load("  years.from 2022  \n").yearsFrom()).isEqualTo(2022);
    }

    @Test
    void aFirstYearThatIsNotAYearIsRefusedAtItsLineAndColumn() {
        for (String bad : new String[] {"25", "hai nghìn", "20255", "0999", "2025.5"}) {
            // line 6: after the four required lines and a commented-out key that must not be taken for it
            refusedAt("#years.from = 2020\nyears.from =  " + bad + "\n", "6:15").as(bad)
                    .hasMessageStartingWith(dir.resolve(BulletinConfig.FILE) + ":6:15: khóa \"years.from\"")
                    .hasMessageContaining("không phải \"" + bad + "\"")
                    .hasMessageContaining("years.from = 2025");
        }
    }

    @Test
    void aCountOfToldMovesThatIsNotOneIsRefusedAtItsLineAndColumnNotAtALongerKey() {
        refusedAt("moves.told.note = x\n\tmoves.told: mười hai\n", "6:14")
                .hasMessageStartingWith(dir.resolve(BulletinConfig.FILE) + ":6:14: khóa \"moves.told\"")
                .hasMessageContaining("mười hai");
    }

    @Test
    void aKeyWrittenTwiceIsToldAtItsLastLineTheOneRead() {
        refusedAt("years.from = 2025\n# a comment that ends with a backslash \\\nyears.from = 20x5\n", "7:14")
                .hasMessageContaining("\"20x5\"");
    }

    @Test
    void aKeyInsideAContinuedValueIsNotTakenForTheKey() {
        refusedAt("byline2 = a \\\nyears.from = 1\nyears.from = x\n", "7:14");
    }
}
