package vn.luanchuyen.load;

import java.util.Map;

/**
 * SnakeYAML's descriptions of the syntax errors people make most, as terms that the messages
 * translate; any other description is shown as SnakeYAML wrote it.
 */
final class SyntaxProblems {
    private static final Map<String, String> KNOWN = Map.of(
            "found unexpected end of stream", "@term.problem.unexpected-end",
            "mapping values are not allowed here", "@term.problem.colon",
            "could not find expected ':'", "@term.problem.no-colon",
            "expected <block end>, but found '-'", "@term.problem.indent",
            "expected <block end>, but found '<block mapping start>'", "@term.problem.indent",
            "expected <block end>, but found '<scalar>'", "@term.problem.indent",
            "found unexpected ':'", "@term.problem.colon");

    private SyntaxProblems() {
    }

    static String term(String problem) {
        return KNOWN.getOrDefault(problem, problem);
    }
}
