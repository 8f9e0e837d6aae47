package vn.luanchuyen.load;

import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;
import vn.luanchuyen.diag.SourcePos;

/**
 * Turns the bytes of one data file into a YAML node tree, safely: a size limit, strict UTF-8,
 * no tabs in indentation, no anchors or aliases (so no "billion laughs"), and only the node
 * API, so no object of any type is ever constructed from the input.
 */
final class YamlFile {
    static final int MAX_BYTES = 4 * 1024 * 1024;

    private YamlFile() {
    }

    /** The root node, or null when the file could not be parsed (reported). */
    static Node parse(FileContext ctx, byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            ctx.error("yaml.too-large", SourcePos.file(ctx.file()), bytes.length / 1024, MAX_BYTES / 1024);
            return null;
        }
        String text = decode(ctx, bytes);
        if (text == null || hasTabIndent(ctx, text) || hasAnchors(ctx, text)) return null;
        try {
            Node root = composer(text).getSingleNode();
            if (root == null || (root instanceof ScalarNode s && s.getTag().equals(Tag.NULL))) {
                ctx.error("file.empty", SourcePos.file(ctx.file()));
                return null;
            }
            return root;
        } catch (MarkedYAMLException e) {
            String problem = String.valueOf(e.getProblem() == null ? e.getContext() : e.getProblem()).strip();
            ctx.error("yaml.syntax", ctx.pos(where(e, text)), SyntaxProblems.term(problem));
            return null;
        } catch (YAMLException e) {
            String message = String.valueOf(e.getMessage());
            ctx.error(message.contains("aliases") ? "yaml.alias" : "yaml.syntax", SourcePos.file(ctx.file()), message);
            return null;
        }
    }

    /**
     * Where to point: at the problem, unless it is the end of the file (an unclosed quote or
     * bracket), where the place it was opened says more.
     */
    private static org.yaml.snakeyaml.error.Mark where(MarkedYAMLException e, String text) {
        org.yaml.snakeyaml.error.Mark problem = e.getProblemMark();
        boolean atEnd = problem == null || problem.getIndex() >= text.length();
        return atEnd && e.getContextMark() != null ? e.getContextMark() : problem;
    }

    /**
     * Reports every anchor and alias, from the event stream, which never expands them. Only
     * texts containing '&' or '*' are scanned. A file with any is refused as a whole.
     */
    private static boolean hasAnchors(FileContext ctx, String text) {
        if (text.indexOf('&') < 0 && text.indexOf('*') < 0) return false;
        boolean found = false;
        try {
            for (Event e : events(text)) {
                if (e instanceof AliasEvent a) {
                    ctx.error("yaml.alias", ctx.pos(e.getStartMark()), "*" + a.getAnchor());
                    found = true;
                } else if (e instanceof NodeEvent n && n.getAnchor() != null) {
                    ctx.error("yaml.alias", ctx.pos(e.getStartMark()), "&" + n.getAnchor());
                    found = true;
                }
            }
        } catch (YAMLException e) {
            return found; // a syntax error: reported by the parse that follows, unless anchors were found
        }
        return found;
    }

    private static final LoaderOptions OPTIONS = options();

    /**
     * The composer alone (no object constructor) with a resolver that only tells null from text:
     * every scalar is read as text by us, so SnakeYAML's regular expressions for booleans, numbers
     * and timestamps would be wasted work on every value of every file.
     */
    private static Composer composer(String text) {
        return new Composer(new ParserImpl(new StreamReader(new StringReader(text)), OPTIONS), new NullOnlyResolver(), OPTIONS);
    }

    private static Iterable<Event> events(String text) {
        ParserImpl parser = new ParserImpl(new StreamReader(new StringReader(text)), OPTIONS);
        return () -> new java.util.Iterator<>() {
            @Override
            public boolean hasNext() {
                return parser.peekEvent() != null;
            }

            @Override
            public Event next() {
                return parser.getEvent();
            }
        };
    }

    /** Resolves plain "", "~" and "null" to the null tag and everything else to text. */
    private static final class NullOnlyResolver extends Resolver {
        @Override
        protected void addImplicitResolvers() {
            addImplicitResolver(Tag.NULL, java.util.regex.Pattern.compile("^(?:~|null|Null|NULL| )$"), "~nN\0");
            addImplicitResolver(Tag.NULL, java.util.regex.Pattern.compile("^$"), null);
        }
    }

    private static LoaderOptions options() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(0);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(20);
        options.setCodePointLimit(MAX_BYTES);
        options.setProcessComments(false);
        return options;
    }

    /** Strict UTF-8; a byte-order mark is dropped with a warning. */
    private static String decode(FileContext ctx, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            String before = new String(bytes, 0, in.position(), StandardCharsets.UTF_8);
            int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
            int column = before.length() - before.lastIndexOf('\n');
            ctx.error("yaml.encoding", new SourcePos(ctx.file(), line, column), String.format("0x%02X", bytes[in.position()] & 0xFF));
            return null;
        }
        decoder.flush(out);
        String text = out.flip().toString();
        if (text.startsWith("\uFEFF")) {
            ctx.warning("yaml.bom", new SourcePos(ctx.file(), 1, 1));
            text = text.substring(1);
        }
        return text;
    }

    private static boolean hasTabIndent(FileContext ctx, String text) {
        boolean found = false;
        int line = 1;
        int column = 1;
        boolean leading = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                column = 1;
                leading = true;
                continue;
            }
            if (leading && c == '\t') {
                ctx.error("yaml.tab", new SourcePos(ctx.file(), line, column));
                found = true;
                leading = false;
            } else if (c != ' ' && c != '-') {
                leading = false;
            }
            column++;
        }
        return found;
    }
}
