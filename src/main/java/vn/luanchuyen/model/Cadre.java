package vn.luanchuyen.model;

import java.util.List;

/**
 * A cadre and the posts they held. {@code hometown} is a unit id (quê quán) at whatever level it
 * is known; whether they are local to a unit is derived from it, never stored. Birth year is
 * internal.
 */
public record Cadre(String id, PersonName name, Gender gender, String hometown, Integer birthYear,
                    List<Tenure> tenures, List<ActionProgramme> actionProgrammes, List<String> sources,
                    Visibility visibility, Origin origin) {

    public Cadre {
        tenures = List.copyOf(tenures);
        actionProgrammes = List.copyOf(actionProgrammes);
        sources = List.copyOf(sources);
    }
}
