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
        if (organisation != null) m.put("worksFor", Map.of("@type", "GovernmentOrganization", "name", organisation));
        return write(m);
    }

    static String governmentOrganization(String name, String area, String parent) {
        Map<String, Object> m = base("GovernmentOrganization");
        m.put("name", name);
        m.put("areaServed", Map.of("@type", "AdministrativeArea", "name", area));
        if (parent != null) m.put("parentOrganization", Map.of("@type", "GovernmentOrganization", "name", parent));
        return write(m);
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
