package vn.luanchuyen.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A manifest's order, merged from the previous one, is the order a full sort gives. */
class ReuseOrderTest {
    private static List<String> paths(Random random, int n) {
        Set<String> out = new HashSet<>();
        while (out.size() < n) out.add("don-vi/xa-" + random.nextInt(5000) + "/" + (random.nextBoolean() ? "index.html" : "thanh-tich/index.html"));
        return new ArrayList<>(out);
    }

    @Test
    void mergingNewKeysIntoThePreviousOrderGivesTheSortedOrder() {
        Random random = new Random(7);
        for (int round = 0; round < 20; round++) {
            List<String> before = paths(random, 500);
            before.sort(null);
            Set<String> now = new HashSet<>(before);
            before.stream().filter(p -> random.nextInt(10) == 0).forEach(now::remove); // gone
            now.addAll(paths(random, random.nextInt(40))); // new, some already there
            String[] expected = now.toArray(String[]::new);
            Arrays.sort(expected);
            Set<String> previously = new HashSet<>(before);
            assertThat(Reuse.sorted(now, before, previously::contains)).containsExactly(expected);
        }
    }

    @Test
    void withoutAPreviousOrderEverythingIsSorted() {
        Set<String> now = Set.of("b", "a", "c/d", "c");
        assertThat(Reuse.sorted(now, null, k -> true)).containsExactly("a", "b", "c", "c/d");
        assertThat(Reuse.sorted(now, List.of(), k -> false)).containsExactly("a", "b", "c", "c/d");
    }
}
