package vn.luanchuyen.load;

import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.Node;
import vn.luanchuyen.diag.Diagnostics;
import vn.luanchuyen.diag.SourcePos;

/** The file being read and where its diagnostics go. */
record FileContext(String file, Diagnostics diagnostics, Vocabularies vocab) {

    SourcePos pos(Node node) {
        return pos(node.getStartMark());
    }

    /** SnakeYAML marks are 0-based; ours are 1-based. */
    SourcePos pos(Mark mark) {
        return mark == null ? SourcePos.file(file) : new SourcePos(file, mark.getLine() + 1, mark.getColumn() + 1);
    }

    void error(String code, SourcePos at, Object... args) {
        diagnostics.error(code, at, args);
    }

    void warning(String code, SourcePos at, Object... args) {
        diagnostics.warning(code, at, args);
    }
}
