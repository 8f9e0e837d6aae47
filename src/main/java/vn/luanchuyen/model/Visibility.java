package vn.luanchuyen.model;

import java.util.Set;

/**
 * What of a record may be published. A whole record can be internal ({@code internal: true}), or
 * some of its fields ({@code internal: [hometown]}). Fields internal by default (birth year,
 * individual ratings) are kept out of public builds by {@code publish.Redactor} regardless.
 */
public record Visibility(boolean internal, Set<String> internalFields) {
    public static final Visibility PUBLIC = new Visibility(false, Set.of());

    public Visibility {
        internalFields = Set.copyOf(internalFields);
    }

    public boolean isInternal(String field) {
        return internal || internalFields.contains(field);
    }
}
