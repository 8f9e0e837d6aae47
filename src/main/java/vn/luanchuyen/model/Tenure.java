package vn.luanchuyen.model;

import java.util.List;

/**
 * A post held by a cadre from one date to another (open end: still holding). The post is a kind
 * in a unit; {@code body} names the body for {@link PostKind#CAN_BO}, {@code department} the
 * department for heads of departments. {@code began} says how it began (luân chuyển, chỉ định…).
 * When a source only says someone held a post on a date, {@code heldOn} is that date and
 * {@code from}/{@code to} may be null (unknown).
 */
public record Tenure(String unit, PostKind post, Body body, Department department, PartialDate from,
                     PartialDate to, PartialDate heldOn, List<StartKind> began, Decision decision, String note,
                     List<String> sources, Visibility visibility, Origin origin) {

    public Tenure {
        began = List.copyOf(began);
        sources = List.copyOf(sources);
    }

    /** The body the post is in. */
    public Body bodyOfPost() {
        return post.body() != null ? post.body() : body;
    }

    public boolean beganByMove() {
        return began.stream().anyMatch(StartKind::isMove);
    }
}
