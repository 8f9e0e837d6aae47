package vn.luanchuyen.view;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;

/** schema.org JSON-LD for people and government bodies, safe to put inside a script element. */
final class JsonLd {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonLd() {
    }

    static String person(String name, String jobTitle, String organisation) {
        Map<String, Object> m = base("Person");
        m.put("name", name);
        if (jobTitle != null) m.put("jobTitle", jobTitle);
        if (organisation != null) m.put("worksFor", typed("GovernmentOrganization", organisation));
        return write(m);
    }

    static String governmentOrganization(String name, String area, String parent) {
        Map<String, Object> m = base("GovernmentOrganization");
        m.put("name", name);
        m.put("areaServed", typed("AdministrativeArea", area));
        if (parent != null) m.put("parentOrganization", typed("GovernmentOrganization", parent));
        return write(m);
    }

    /** {"@type": type, "name": name}, in that order: JSON is written in insertion order, never a hash order. */
    private static Map<String, Object> typed(String type, String name) {
        Map<String, Object> m = base(type);
        m.remove("@context");
        m.put("name", name);
        return m;
    }

    private static Map<String, Object> base(String type) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("@context", "https://schema.org");
        m.put("@type", type);
        return m;
    }

    /** JSON with "<" escaped, so that no data string can close the script element. */
    private static String write(Map<String, Object> m) {
        try {
            return JSON.writeValueAsString(m).replace("<", "\\u003c");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
