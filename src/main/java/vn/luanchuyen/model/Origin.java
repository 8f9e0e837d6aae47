package vn.luanchuyen.model;

import java.util.Map;
import vn.luanchuyen.diag.SourcePos;

/** Where a record was written: the record itself and each of its fields, for diagnostics. */
public record Origin(SourcePos at, Map<String, SourcePos> fields) {

    public Origin {
        fields = Map.copyOf(fields);
    }

    public static Origin at(SourcePos at) {
        return new Origin(at, Map.of());
    }

    /** The position of a field's value, or of the record when the field was not written. */
    public SourcePos of(String field) {
        return fields.getOrDefault(field, at);
    }

    public String file() {
        return at.file();
    }
}
