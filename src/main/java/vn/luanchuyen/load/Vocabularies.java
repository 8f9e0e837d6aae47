package vn.luanchuyen.load;

import vn.luanchuyen.model.AchievementStatus;
import vn.luanchuyen.model.Body;
import vn.luanchuyen.model.Comparison;
import vn.luanchuyen.model.Department;
import vn.luanchuyen.model.Gender;
import vn.luanchuyen.model.Indicator;
import vn.luanchuyen.model.PostKind;
import vn.luanchuyen.model.ProgrammeKind;
import vn.luanchuyen.model.Qualifier;
import vn.luanchuyen.model.Rating;
import vn.luanchuyen.model.StartKind;
import vn.luanchuyen.model.TrainingKind;
import vn.luanchuyen.model.UnitEventKind;
import vn.luanchuyen.model.UnitType;

/** Every fixed vocabulary, indexed once per load. */
record Vocabularies(Vocabulary<UnitType> unitTypes, Vocabulary<UnitEventKind> unitEvents, Vocabulary<Body> bodies,
                    Vocabulary<Department> departments, Vocabulary<PostKind> posts, Vocabulary<StartKind> starts,
                    Vocabulary<Gender> genders, Vocabulary<ProgrammeKind> programmeKinds,
                    Vocabulary<Indicator> indicators, Vocabulary<Comparison> comparisons,
                    Vocabulary<Qualifier> qualifiers, Vocabulary<Rating> ratings,
                    Vocabulary<TrainingKind> trainingKinds, Vocabulary<AchievementStatus> achievementStatuses) {

    static Vocabularies create() {
        return new Vocabularies(new Vocabulary<>(UnitType.class), new Vocabulary<>(UnitEventKind.class),
                new Vocabulary<>(Body.class), new Vocabulary<>(Department.class), new Vocabulary<>(PostKind.class),
                new Vocabulary<>(StartKind.class), new Vocabulary<>(Gender.class),
                new Vocabulary<>(ProgrammeKind.class), new Vocabulary<>(Indicator.class),
                new Vocabulary<>(Comparison.class), new Vocabulary<>(Qualifier.class), new Vocabulary<>(Rating.class),
                new Vocabulary<>(TrainingKind.class), new Vocabulary<>(AchievementStatus.class));
    }
}
