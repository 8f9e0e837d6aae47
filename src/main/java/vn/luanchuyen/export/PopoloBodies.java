package vn.luanchuyen.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Popolo organizations and posts: the bodies and posts the tenures were held in, by id. */
final class PopoloBodies {
    private final ObjectMapper json;
    private final Map<String, ObjectNode> organizations = new TreeMap<>();
    private final Map<String, ObjectNode> posts = new TreeMap<>();
    private final Map<String, String> parents = new TreeMap<>();

    PopoloBodies(ObjectMapper json, List<TenureRow> rows) {
        this.json = json;
        for (TenureRow r : rows) {
            Organization org = Organization.of(r.tenure());
            organizations.computeIfAbsent(org.id(), id -> organization(org, r));
            posts.computeIfAbsent(org.postId(r.tenure().post()), id -> post(id, org, r));
            if (org.parentId() != null) parents.put(org.id(), org.parentId());
        }
        // a parent body is named only when it is exported too
        parents.forEach((id, parent) -> {
            if (organizations.containsKey(parent)) organizations.get(id).put("parent_id", parent);
        });
    }

    private ObjectNode organization(Organization org, TenureRow r) {
        ObjectNode o = json.createObjectNode();
        o.put("id", org.id());
        o.put("name", org.name(r.unit()));
        o.put("classification", org.classification());
        o.put("area_id", org.unit());
        return o;
    }

    private ObjectNode post(String id, Organization org, TenureRow r) {
        ObjectNode p = json.createObjectNode();
        p.put("id", id);
        p.put("label", r.postName());
        p.put("role", r.tenure().post().label());
        p.put("organization_id", org.id());
        p.put("area_id", org.unit());
        return p;
    }

    ArrayNode organizations() {
        ArrayNode out = json.createArrayNode();
        organizations.values().forEach(out::add);
        return out;
    }

    ArrayNode posts() {
        ArrayNode out = json.createArrayNode();
        posts.values().forEach(out::add);
        return out;
    }
}
