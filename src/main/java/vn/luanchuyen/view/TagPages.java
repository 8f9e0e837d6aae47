package vn.luanchuyen.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.luanchuyen.text.Fold;
import vn.luanchuyen.view.Pages.Page;
import vn.luanchuyen.view.Pages.TagPage;

/**
 * A page per article tag, at an ASCII address folded from the tag ("Võ Nhai" → bai-viet/chu-de/vo-nhai/),
 * listing the articles that carry it. Tags that fold alike ("Hoà", "Hòa") share a page.
 */
final class TagPages {
    private final ViewContext ctx;

    TagPages(ViewContext ctx) {
        this.ctx = ctx;
    }

    static String path(String tag) {
        return Paths.ARTICLES + "chu-de/" + Fold.slug(tag) + "/";
    }

    List<Page> pages() {
        Map<String, String> names = new TreeMap<>();
        Map<String, List<Article>> byPath = new TreeMap<>();
        for (Article a : ctx.articles()) {
            for (String tag : a.tags()) {
                if (Fold.slug(tag).isEmpty()) continue;
                names.putIfAbsent(path(tag), tag);
                byPath.computeIfAbsent(path(tag), k -> new ArrayList<>()).add(a);
            }
        }
        List<Page> out = new ArrayList<>();
        byPath.forEach((path, articles) -> {
            String tag = names.get(path);
            PageMeta meta = PageMeta.of("Chủ đề: " + tag, "Các bài viết về " + tag + ".", path, "website", "");
            out.add(new Page(path, "tag.ftl", meta, new TagPage(tag, articles.stream().map(ViewContext::articleRef).toList())));
        });
        return out;
    }
}
