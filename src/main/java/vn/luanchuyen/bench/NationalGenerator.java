package vn.luanchuyen.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A deterministic, seeded synthetic national dataset in our YAML format, for benchmarks: provinces,
 * districts (ended on 1 July 2025, as in the two-tier reform) and communes with Vietnamese-looking
 * names, and cadres whose careers pass {@code check}. The years 2010–2025 are five periods of three
 * years; every key post of every commune and every head of a district office has one holder per
 * period; each cadre serves three consecutive periods in three posts, so every cadre but the first
 * and last ones moves twice (luân chuyển or điều động, down, up or lateral as the posts fall).
 * {@link Scenario#REFORM} adds the country after the reform (see there).
 *
 * <pre>{@code
 * new NationalGenerator(42).write(dir, 10_600);
 * new NationalGenerator(42).write(dir, 10_600, NationalGenerator.Scenario.REFORM);
 * }</pre>
 */
public final class NationalGenerator {
    private static final String[] HO = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
        "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Triệu", "Hà", "Lương"};
    private static final String[] DEM = {"Văn", "Thị", "Hồng", "Minh", "Ngọc", "Đức", "Xuân", "Thanh", "Quang", "Thu", "Hữu", "Đình",
        "Tiến", "Kim", "Bảo"};
    private static final String[] TEN = {"An", "Bình", "Cường", "Dũng", "Hà", "Hạnh", "Hiền", "Hùng", "Lâm", "Lan", "Long", "Mai",
        "Nam", "Nga", "Nghĩa", "Phúc", "Quý", "Sơn", "Tâm", "Thảo", "Trang", "Tuấn", "Văn", "Vân", "Yến", "Huynh", "Ngọc", "Đạt"};
    private static final String[] PLACE = {"An", "Bình", "Cẩm", "Đông", "Gia", "Hòa", "Hưng", "Kim", "Lạc", "Long", "Mỹ", "Nghĩa",
        "Phú", "Quang", "Sơn", "Tân", "Thạch", "Thanh", "Thuận", "Trung", "Vĩnh", "Xuân", "Yên", "Đức", "Lâm", "Hải", "Tường"};
    private static final String[] COMMUNE_POSTS = {"bí thư", "phó bí thư thường trực", "chủ tịch ubnd", "chủ tịch hdnd"};
    private static final String[] DISTRICT_POSTS = {"chánh văn phòng", "trưởng ban tổ chức", "chánh thanh tra"};
    private static final String[] PERIOD_FROM = {"2010-07-01", "2013-07-01", "2016-07-01", "2019-07-01", "2022-07-01"};
    private static final String[] PERIOD_TO = {"2013-06-30", "2016-06-30", "2019-06-30", "2022-06-30", "2025-06-30"};
    private static final int COMMUNES_PER_DISTRICT = 15;
    private static final int DISTRICTS_PER_PROVINCE = 11;

    /** Of every 45 communes (three districts), 14 new communes are made: 10,600 give about 3,300 (3,321 in the reform). */
    private static final int[][] MERGES = {{3, 3, 3, 3, 3}, {3, 3, 3, 3, 3}, {4, 4, 4, 3}};
    /** Provinces left of every 63. */
    private static final int PROVINCES_AFTER = 34;
    private static final String REFORM_DAY = "2025-07-01";

    /** Which country the data describes. */
    public enum Scenario {
        /** Provinces, districts and communes up to 30 June 2025, the districts ended by the reform. */
        THREE_TIERS,
        /**
         * The same, then the two-tier reform of 1 July 2025: 34 provinces of every 63 are left
         * (each of the others merged into a neighbour), and the communes of each district are merged
         * three or four into one new commune right under the province. The four key posts of each new
         * commune go, by transfer (điều động), to holders of the same posts in the communes merged into
         * it, from 1 July 2025 on.
         */
        REFORM
    }

    private final long seed;

    public NationalGenerator(long seed) {
        this.seed = seed;
    }

    /** A post held in one period: the unit and the post kind. */
    private record Slot(String unit, String post) {
    }

    /** A commune made by the reform: its number, its province and the communes merged into it. */
    private record NewCommune(int number, String province, List<String> merged) {
        String id() {
            return "xa-moi-" + number;
        }
    }

    /**
     * What was written: counts, for the benchmark's report; with the reform, how many provinces and
     * communes there are after it (0 without).
     */
    public record Summary(int provinces, int districts, int communes, int cadres, int tenures, int provincesAfter,
                          int communesAfter) {
    }

    public Summary write(Path root, int communes) throws IOException {
        return write(root, communes, Scenario.THREE_TIERS);
    }

    public Summary write(Path root, int communes, Scenario scenario) throws IOException {
        Random random = new Random(seed);
        // the reform's names come from their own sequence, so that the years before it are the same bytes in both scenarios
        Random reformRandom = new Random(seed + 2025);
        boolean reform = scenario == Scenario.REFORM;
        Path units = root.resolve("data/units");
        Files.createDirectories(units);
        writeSource(root);
        Files.writeString(units.resolve("trung-uong.yaml"), "units:\n  - id: trung-uong\n    name: Việt Nam\n    type: trung ương\n",
                StandardCharsets.UTF_8);
        int districts = Math.max(1, (communes + COMMUNES_PER_DISTRICT - 1) / COMMUNES_PER_DISTRICT);
        int provinces = Math.max(1, (districts + DISTRICTS_PER_PROVINCE - 1) / DISTRICTS_PER_PROVINCE);
        int provincesAfter = Math.max(1, Math.round(provinces * (float) PROVINCES_AFTER / 63));
        List<Slot> slots = new ArrayList<>();
        List<String> communeIds = new ArrayList<>();
        List<NewCommune> newCommunes = new ArrayList<>();
        int commune = 0;
        for (int p = 0; p < provinces; p++) {
            String province = "tinh-" + (p + 1);
            String survivor = "tinh-" + (survivor(p, provinces, provincesAfter) + 1);
            StringBuilder head = new StringBuilder("units:\n  - id: ").append(province).append("\n    name: ").append(place(random))
                    .append(' ').append(p + 1).append("\n    type: tỉnh\n    parent: trung-uong\n");
            if (reform && !survivor.equals(province)) mergedInto(head, survivor, "Nghị quyết số 202/2025/QH15 của Quốc hội");
            Files.writeString(units.resolve(province + ".yaml"), head, StandardCharsets.UTF_8);
            Files.createDirectories(units.resolve(province));
            for (int d = p * DISTRICTS_PER_PROVINCE; d < Math.min(districts, (p + 1) * DISTRICTS_PER_PROVINCE); d++) {
                String district = "huyen-" + (d + 1);
                StringBuilder b = new StringBuilder("units:\n  - id: ").append(district).append("\n    name: ").append(place(random))
                        .append(' ').append(d + 1).append("\n    type: huyện\n    parent: ").append(province)
                        .append("\n    valid_to: 2025-06-30\n    events:\n      - date: 2025-07-01\n        kind: kết thúc hoạt động\n")
                        .append("        basis: Luật Tổ chức chính quyền địa phương số 72/2025/QH15\n");
                for (String post : DISTRICT_POSTS) slots.add(new Slot(district, post));
                int[] sizes = MERGES[d % MERGES.length];
                int group = 0;
                int left = 0;
                for (int c = 0; c < COMMUNES_PER_DISTRICT && commune < communes; c++, commune++) {
                    String id = "xa-" + (commune + 1);
                    communeIds.add(id);
                    b.append("  - id: ").append(id).append("\n    name: ").append(place(random)).append(' ').append(place(random))
                            .append(' ').append(commune + 1).append("\n    type: ").append(c % 7 == 0 ? "phường" : "xã")
                            .append("\n    parents:\n      - unit: ").append(district).append("\n        to: 2025-06-30\n");
                    for (String post : COMMUNE_POSTS) slots.add(new Slot(id, post));
                    if (!reform) continue;
                    if (left == 0) {
                        newCommunes.add(new NewCommune(newCommunes.size() + 1, survivor, new ArrayList<>()));
                        left = sizes[Math.min(group++, sizes.length - 1)];
                    }
                    left--;
                    NewCommune into = newCommunes.get(newCommunes.size() - 1);
                    into.merged().add(id);
                    mergedInto(b, into.id(), "Nghị quyết của Ủy ban Thường vụ Quốc hội về sắp xếp đơn vị hành chính cấp xã năm 2025");
                }
                Files.writeString(units.resolve(province + "/" + district + ".yaml"), b, StandardCharsets.UTF_8);
            }
        }
        writeNewCommunes(units, reformRandom, newCommunes);
        int tenures = writeCadres(root, random, slots, communeIds, newCommunes);
        return new Summary(provinces, districts, communes, cadres(slots.size()), tenures, reform ? provincesAfter : 0,
                newCommunes.size());
    }

    /** Ends the unit being written on the eve of the reform, merged into {@code into} by {@code basis}. */
    private static void mergedInto(StringBuilder unit, String into, String basis) {
        unit.append("    valid_to: 2025-06-30\n    events:\n      - date: ").append(REFORM_DAY).append("\n        kind: sáp nhập vào\n")
                .append("        into: ").append(into).append("\n        basis: ").append(basis).append('\n');
    }

    /** The province that province {@code p} is part of after the reform: the first of its run of neighbours. */
    private static int survivor(int p, int provinces, int after) {
        int group = (int) ((long) p * after / provinces);
        int first = p;
        while (first > 0 && (int) ((long) (first - 1) * after / provinces) == group) first--;
        return first;
    }

    /** The new communes, each in a file of its province's folder, right under the province from 1 July 2025. */
    private static void writeNewCommunes(Path units, Random random, List<NewCommune> made) throws IOException {
        java.util.Map<String, StringBuilder> byProvince = new java.util.TreeMap<>();
        for (NewCommune n : made) {
            int number = n.number();
            byProvince.computeIfAbsent(n.province(), k -> new StringBuilder("units:\n")).append("  - id: ").append(n.id())
                    .append("\n    name: ").append(place(random)).append(' ').append(number).append("\n    type: ")
                    .append(number % 7 == 0 ? "phường" : "xã").append("\n    parent: ").append(n.province())
                    .append("\n    valid_from: ").append(REFORM_DAY).append('\n');
        }
        for (var e : byProvince.entrySet()) {
            Files.writeString(units.resolve(e.getKey() + "/xa-moi.yaml"), e.getValue(), StandardCharsets.UTF_8);
        }
    }

    private static int cadres(int slots) {
        return slots + (PERIOD_FROM.length - 1) * (slots / 3);
    }

    /**
     * Period k is held by the cadres numbered from k·S/3 to k·S/3 + S, each in a slot given by a
     * seeded shuffle. After the reform, post j of a new commune goes to the last period's holder of
     * post j in the (j mod m)-th of the m communes merged into it.
     */
    private int writeCadres(Path root, Random random, List<Slot> slots, List<String> communes, List<NewCommune> newCommunes)
            throws IOException {
        int s = slots.size();
        int shift = s / 3;
        int total = cadres(s);
        int[][] slotOf = new int[PERIOD_FROM.length][];
        for (int k = 0; k < PERIOD_FROM.length; k++) slotOf[k] = shuffled(s, random);
        int last = PERIOD_FROM.length - 1;
        java.util.Map<Slot, Integer> holderOfLast = new java.util.HashMap<>();
        for (int i = 0; i < s; i++) holderOfLast.put(slots.get(slotOf[last][i]), i + last * shift);
        java.util.Map<Integer, Slot> afterReform = new java.util.HashMap<>();
        for (NewCommune n : newCommunes) {
            for (int j = 0; j < COMMUNE_POSTS.length; j++) {
                Slot held = new Slot(n.merged().get(j % n.merged().size()), COMMUNE_POSTS[j]);
                afterReform.put(holderOfLast.get(held), new Slot(n.id(), COMMUNE_POSTS[j]));
            }
        }
        Path dir = root.resolve("data/cadres");
        Files.createDirectories(dir);
        int tenures = 0;
        for (int c = 0; c < total; c++) {
            StringBuilder b = new StringBuilder("id: cb-").append(c + 1).append("\nname: ").append(name(random))
                    .append("\ngender: ").append(random.nextBoolean() ? "nam" : "nữ")
                    .append("\nhometown: ").append(communes.get(random.nextInt(communes.size())))
                    .append("\nsources: [bench]\ntenures:\n");
            boolean first = true;
            for (int k = 0; k < PERIOD_FROM.length; k++) {
                int index = c - k * shift;
                if (index < 0 || index >= s) continue;
                Slot slot = slots.get(slotOf[k][index]);
                b.append("  - unit: ").append(slot.unit()).append("\n    post: ").append(slot.post())
                        .append("\n    from: ").append(PERIOD_FROM[k]).append("\n    to: ").append(PERIOD_TO[k]).append('\n');
                if (!first) b.append("    began: ").append(random.nextInt(3) == 0 ? "điều động" : "luân chuyển").append('\n');
                first = false;
                tenures++;
            }
            Slot after = afterReform.get(c);
            if (after != null) {
                b.append("  - unit: ").append(after.unit()).append("\n    post: ").append(after.post()).append("\n    from: ")
                        .append(REFORM_DAY).append("\n    began: điều động\n");
                tenures++;
            }
            try (Writer w = Files.newBufferedWriter(dir.resolve("cb-" + (c + 1) + ".yaml"), StandardCharsets.UTF_8)) {
                w.write(b.toString());
            }
        }
        return tenures;
    }

    private static int[] shuffled(int n, Random random) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) a[i] = i;
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
        return a;
    }

    private static void writeSource(Path root) throws IOException {
        Path dir = root.resolve("data/sources");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("bench.yaml"), "id: bench\npublication: Dữ liệu tổng hợp cho đo hiệu năng\n"
                + "title: Bộ dữ liệu sinh tự động\ndate: 2025-06-30\n", StandardCharsets.UTF_8);
    }

    private static String place(Random r) {
        return PLACE[r.nextInt(PLACE.length)] + " " + PLACE[r.nextInt(PLACE.length)];
    }

    private static String name(Random r) {
        return HO[r.nextInt(HO.length)] + " " + DEM[r.nextInt(DEM.length)] + " " + TEN[r.nextInt(TEN.length)];
    }
}
