package vn.luanchuyen.view;

import vn.luanchuyen.model.Qualifier;
import vn.luanchuyen.stats.FigureValue;
import vn.luanchuyen.text.VietnameseNumbers;

/** Figures as pages print them: "trên 50", "7/8", "7/20 (35%)", "gần 90%", "20% (tăng gần 8 điểm %)". */
final class FigureTexts {
    private FigureTexts() {
    }

    static String value(FigureValue f) {
        String prefix = f.qualifier() == Qualifier.EXACT ? "" : f.qualifier().label() + " ";
        String text;
        if (f.value() != null && f.of() != null) {
            text = VietnameseNumbers.of(f.value()) + "/" + VietnameseNumbers.of(f.of())
                    + (f.percentage() != null ? " (" + VietnameseNumbers.percent(f.percentage()) + ")" : "");
        } else if (f.value() != null) {
            text = VietnameseNumbers.of(f.value()) + (f.percent() != null ? " (" + VietnameseNumbers.percent(f.percent()) + ")" : "");
        } else if (f.percent() != null) {
            text = VietnameseNumbers.percent(f.percent());
        } else {
            text = "";
        }
        if (f.change() != null) {
            String cq = f.changeQualifier() == null || f.changeQualifier() == Qualifier.EXACT ? "" : f.changeQualifier().label() + " ";
            String verb = f.change().signum() >= 0 ? "tăng " : "giảm ";
            text += " (" + verb + cq + VietnameseNumbers.of(f.change().abs()) + " điểm %)";
        }
        return prefix + text;
    }
}
