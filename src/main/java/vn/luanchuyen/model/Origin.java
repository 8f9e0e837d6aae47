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

    /**
     * The position of a field's value, or of the record when the field was not written. An item
     * of a list of texts is asked for as {@code "sources=bao-mau"}; a single text written in its
     * place, or an item not found, gives the field's position.
     */
    public SourcePos of(String field) {
        SourcePos known = fields.get(field);
        if (known != null) return known;
        int item = field.indexOf('=');
        return item > 0 ? fields.getOrDefault(field.substring(0, item), at) : at;
    }

    public String file() {
        return at.file();
    }
}
