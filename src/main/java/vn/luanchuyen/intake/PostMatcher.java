package vn.luanchuyen.intake;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.luanchuyen.model.Body;
import vn.luanchuyen.model.Department;
import vn.luanchuyen.model.PostKind;
import vn.luanchuyen.model.Unit;
import vn.luanchuyen.model.UnitType;
import vn.luanchuyen.text.Fold;

/**
 * Reads a "Chức vụ" cell into posts of the loader's vocabulary. Offices write a post with its
 * body and unit: "Bí thư Đảng ủy xã Cúc Đường", "Phó Chủ tịch Ủy ban nhân dân huyện",
 * "Trưởng phòng Nội vụ", "Cán bộ Văn phòng UBND". The longest post name the text starts with is
 * taken; what follows may only be the words of its body (Đảng ủy, Huyện ủy …), a unit type, the
 * unit's name, a department (for Trưởng phòng, Phó Trưởng phòng) or a body (for Cán bộ).
 * Anything else ("Bí thư Chi bộ thôn 3") is not a post of ours and is refused. Posts held
 * together (kiêm nhiệm) are split: "Bí thư kiêm Chủ tịch UBND" is two posts.
 */
final class PostMatcher {
    /** A post, with the department or body the text named (null if none). */
    record Post(PostKind kind, Department department, Body body) {
    }

    private record Filler(String key, Department department, Body body) {
    }

    /** Spellings offices use, folded, and what they stand for; applied in this order. */
    private static final List<Map.Entry<String, String>> SYNONYMS = List.of(
            Map.entry("uy ban nhan dan", "ubnd"),
            Map.entry("hoi dong nhan dan", "hdnd"),
            Map.entry("mat tran to quoc viet nam", "mttq"),
            Map.entry("mat tran to quoc", "mttq"),
            Map.entry("uy ban mttq viet nam", "uy ban mttq"),
            Map.entry("chu tich mttq", "chu tich uy ban mttq"),
            Map.entry("uvbtv", "uy vien ban thuong vu"),
            Map.entry("uv btv", "uy vien ban thuong vu"),
            Map.entry("uy vien btv", "uy vien ban thuong vu"),
            Map.entry("uy vien bch", "uy vien ban chap hanh"),
            Map.entry("tinh uy vien", "uy vien ban chap hanh tinh uy"),
            Map.entry("thanh uy vien", "uy vien ban chap hanh thanh uy"),
            Map.entry("huyen uy vien", "uy vien ban chap hanh huyen uy"),
            Map.entry("thi uy vien", "uy vien ban chap hanh thi uy"),
            Map.entry("quan uy vien", "uy vien ban chap hanh quan uy"),
            Map.entry("dang uy vien", "uy vien ban chap hanh dang uy"),
            Map.entry("pbt", "pho bi thu"),
            Map.entry("pct", "pho chu tich"),
            Map.entry("ptp", "pho truong phong"));

    private static final List<String> PARTY_WORDS = List.of("dang uy", "cap uy", "tinh uy", "thanh uy", "huyen uy",
            "thi uy", "quan uy", "dang bo");

    private final TermMatcher<PostKind> posts = new TermMatcher<>(PostKind.class);
    private final TermMatcher<Department> departments = new TermMatcher<>(Department.class);
    private final TermMatcher<Body> bodies = new TermMatcher<>(Body.class);

    /** The posts a cell names, or empty when any part of it is not a post of ours. */
    Optional<List<Post>> match(String text, Unit unit) {
        List<Post> out = new ArrayList<>();
        for (String part : Fold.nfc(text).split("(?i)\\s+kiêm\\s+|[,;+]")) {
            if (part.isBlank()) continue;
            Optional<Post> p = one(normalise(Fold.key(part)), unit);
            if (p.isEmpty()) return Optional.empty();
            out.add(p.get());
        }
        return out.isEmpty() ? Optional.empty() : Optional.of(out);
    }

    private static String normalise(String key) {
        String k = " " + key + " ";
        for (Map.Entry<String, String> s : SYNONYMS) k = k.replace(" " + s.getKey() + " ", " " + s.getValue() + " ");
        return k.strip();
    }

    private Optional<Post> one(String key, Unit unit) {
        String best = null;
        for (String k : posts.keys().keySet()) {
            if ((key.equals(k) || key.startsWith(k + " ")) && (best == null || k.length() > best.length())) best = k;
        }
        if (best == null) return Optional.empty();
        PostKind kind = posts.keys().get(best);
        String rest = key.substring(best.length()).strip();
        Department department = null;
        Body body = null;
        List<Filler> fillers = fillers(kind, unit);
        boolean progress = true;
        while (!rest.isEmpty() && progress) {
            progress = false;
            for (Filler f : fillers) {
                if (rest.equals(f.key()) || rest.startsWith(f.key() + " ")) {
                    rest = rest.substring(f.key().length()).strip();
                    if (f.department() != null) department = f.department();
                    if (f.body() != null) body = f.body();
                    progress = true;
                    break;
                }
            }
        }
        return rest.isEmpty() ? Optional.of(new Post(kind, department, body)) : Optional.empty();
    }

    /** What may follow the post's name, longest first. */
    private List<Filler> fillers(PostKind kind, Unit unit) {
        List<Filler> out = new ArrayList<>();
        for (UnitType t : UnitType.values()) out.add(new Filler(Fold.key(t.label()), null, null));
        if (unit != null) out.add(new Filler(Fold.key(unit.name()), null, null));
        boolean party = kind.body() != null && kind.body().isParty();
        if (party) PARTY_WORDS.forEach(w -> out.add(new Filler(w, null, null)));
        if (kind.body() == Body.PHONG) {
            out.add(new Filler("phong", null, null));
            departments.keys().forEach((k, d) -> out.add(new Filler(k, d, null)));
        }
        if (kind == PostKind.CAN_BO) {
            PARTY_WORDS.forEach(w -> out.add(new Filler(w, null, Body.CAP_UY)));
            bodies.keys().forEach((k, b) -> out.add(new Filler(normalise(k), null, b)));
        }
        out.sort(Comparator.comparing((Filler f) -> -f.key().length()));
        return out;
    }
}
