package vn.luanchuyen.view;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.luanchuyen.derive.RecordFiles;
import vn.luanchuyen.model.Cadre;
import vn.luanchuyen.text.PersonOrder;
import vn.luanchuyen.text.VietnameseCollation;
import vn.luanchuyen.text.VietnameseLetters;
import vn.luanchuyen.text.VietnameseNumbers;
import vn.luanchuyen.view.Pages.CadreEntry;
import vn.luanchuyen.view.Pages.CadresIndexPage;
import vn.luanchuyen.view.Pages.LetterLink;
import vn.luanchuyen.view.Pages.Page;

/**
 * The list of cadres, sorted as official lists are (by given name, then family and middle names),
 * each with the posts they hold. Up to {@value #ON_ONE_PAGE} cadres it is one page; beyond, the
 * first page lists the letters of the alphabet with how many given names begin with each, and each
 * letter has its own list, a task kept while its cadres and the letters there are do not change
 * (so a letter's page shows nothing about the others but which letters there are).
 */
final class CadreIndexPages {
    static final int ON_ONE_PAGE = 1000;
    private final ViewContext ctx;

    CadreIndexPages(ViewContext ctx) {
        this.ctx = ctx;
    }

    List<PageTask> tasks() {
        List<Cadre> all = ctx.data().cadres();
        String total = VietnameseNumbers.of(all.size());
        if (all.size() <= ON_ONE_PAGE) {
            return List.of(PageTask.one(() -> first("Danh sách cán bộ, xếp theo tên.",
                    new CadresIndexPage(entries(all), List.of(), "", total, total))));
        }
        Map<String, List<Cadre>> byLetter = new TreeMap<>(letterOrder());
        all.forEach(c -> byLetter.computeIfAbsent(VietnameseLetters.initial(c.name().ten()), k -> new ArrayList<>()).add(c));
        List<LetterLink> counted = byLetter.entrySet().stream().map(e -> new LetterLink(e.getKey(),
                new Link(Paths.cadresUnder(e.getKey()), shown(e.getKey())), VietnameseNumbers.of(e.getValue().size()), false)).toList();
        List<PageTask> tasks = new ArrayList<>();
        tasks.add(PageTask.one(() -> first("Danh sách " + total + " cán bộ, theo chữ cái đầu của tên.",
                new CadresIndexPage(List.of(), counted, "", "0", total))));
        List<String> letters = List.copyOf(byLetter.keySet());
        byLetter.forEach((letter, cadres) -> {
            List<String> ids = cadres.stream().map(Cadre::id).toList();
            tasks.add(PageTask.one(new PageTask.Inputs("cadres under " + letter + " of " + String.join(" ", letters), ids),
                    () -> letterPage(letter, cadres, letters)));
        });
        return tasks;
    }

    /** The list's first page, {@code can-bo/}: every cadre, or the letters. */
    private static Page first(String description, CadresIndexPage page) {
        return new Page(Paths.CADRES, "cadres.ftl", PageMeta.of("Cán bộ", description, Paths.CADRES, "website", ""), page);
    }

    private Page letterPage(String letter, List<Cadre> cadres, List<String> letters) {
        List<LetterLink> nav = letters.stream()
                .map(l -> new LetterLink(l, new Link(Paths.cadresUnder(l), shown(l)), "", l.equals(letter))).toList();
        String title = VietnameseLetters.OTHER.equals(letter) ? "Cán bộ: tên không bắt đầu bằng chữ cái" : "Cán bộ: tên bắt đầu bằng " + letter;
        RecordFiles files = new RecordFiles(ctx.units());
        cadres.forEach(c -> {
            files.origin(c.origin());
            c.tenures().forEach(t -> files.unit(t.unit()));
        });
        return new Page(Paths.cadresUnder(letter), "cadres.ftl", PageMeta.of(title,
                VietnameseNumbers.of(cadres.size()) + " cán bộ, xếp theo tên.", Paths.cadresUnder(letter), "website", ""),
                new CadresIndexPage(entries(cadres), nav, letter, VietnameseNumbers.of(cadres.size()), ""), files.list());
    }

    /** The cadres in the order of official lists, each with the posts they hold. */
    private List<CadreEntry> entries(List<Cadre> cadres) {
        CadrePages cadrePages = new CadrePages(ctx);
        var keys = PersonOrder.keys();
        return cadres.stream()
                .map(c -> Map.entry(keys.apply(c.name()), c))
                .sorted(Map.Entry.comparingByKey())
                .map(Map.Entry::getValue)
                .map(c -> new CadreEntry(ctx.cadreLink(c.id()), String.join("; ", cadrePages.current(c))))
                .toList();
    }

    private static String shown(String letter) {
        return VietnameseLetters.OTHER.equals(letter) ? "khác" : letter;
    }

    /** The alphabet's order (A, Ă, Â, B …), names that begin with no letter last. */
    private static Comparator<String> letterOrder() {
        Comparator<String> alphabet = VietnameseCollation.comparator();
        return Comparator.comparing((String l) -> VietnameseLetters.OTHER.equals(l)).thenComparing(alphabet);
    }
}
