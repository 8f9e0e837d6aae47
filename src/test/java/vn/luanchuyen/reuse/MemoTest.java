package vn.luanchuyen.reuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MemoTest {
    @Test
    void givesWhatItKeptForTheSameKeyAndMakesAgainForAnother() {
        Memo memo = Memo.keeping();
        AtomicInteger made = new AtomicInteger();
        String first = memo.get("index", "abc", () -> "v" + made.incrementAndGet());
        assertThat(memo.get("index", "abc", () -> "v" + made.incrementAndGet())).isSameAs(first);
        assertThat(memo.get("index", "def", () -> "v" + made.incrementAndGet())).isEqualTo("v2");
        assertThat(memo.get("index", "abc", () -> "v" + made.incrementAndGet())).as("one value per name: abc was replaced").isEqualTo("v3");
        assertThat(memo.get("other", "abc", () -> "w")).as("names are apart").isEqualTo("w");
    }

    @Test
    void aValuePutIsWhatTheNextBuildGetsForItsKey() {
        Memo memo = Memo.keeping();
        memo.put("index", "written", "entries");
        assertThat(memo.get("index", "written", () -> "read back")).isEqualTo("entries");
        assertThat(memo.get("index", "changed on disk", () -> "read back")).isEqualTo("read back");
    }

    @Test
    void aValueIsLookedUpByItsKeyWithoutBeingMadeOrReplaced() {
        Memo memo = Memo.keeping();
        memo.put("index", "written", "entries");
        assertThat(memo.<String>madeFrom("index", "written")).contains("entries");
        assertThat(memo.<String>madeFrom("index", "changed on disk")).isEmpty();
        assertThat(memo.<String>madeFrom("index", "written")).as("asking for another key left the value as it was").contains("entries");
        assertThat(memo.<String>madeFrom("other", "written")).isEmpty();
        assertThat(Memo.none().<String>madeFrom("index", "written")).isEmpty();
    }

    @Test
    void noneKeepsNothingAndFailuresReachTheCaller() {
        Memo memo = Memo.none();
        memo.put("index", "k", "kept?");
        assertThat(memo.get("index", "k", () -> "made")).isEqualTo("made");
        assertThatThrownBy(() -> Memo.keeping().get("index", "k", () -> {
            throw new IOException("unreadable");
        })).isInstanceOf(IOException.class).hasMessage("unreadable");
    }
}
