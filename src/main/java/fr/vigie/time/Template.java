package fr.vigie.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A value template of a rule ({@code "{y}-{month:m}-{day:d}"}), parsed once. Evaluated on
 * a match, it calls the functions of {@link TemplateFunctions} on the groups it names; an
 * argument that is not a group of the pattern is a literal.
 */
final class Template {

    private static final Pattern GROUP_NAME = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");

    private record Call(String function, String[] args, boolean[] isGroup) { }

    private final String source;
    private final List<Object> parts;

    private Template(String source, List<Object> parts) {
        this.source = source;
        this.parts = parts;
    }

    static Set<String> groupNames(String pattern) {
        Set<String> names = new java.util.HashSet<>();
        Matcher m = GROUP_NAME.matcher(pattern);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    static Template parse(String source, Set<String> groups, String where) {
        if (source == null) {
            return null;
        }
        List<Object> parts = new ArrayList<>();
        int i = 0;
        while (i < source.length()) {
            int open = source.indexOf('{', i);
            if (open < 0) {
                parts.add(source.substring(i));
                break;
            }
            if (open > i) {
                parts.add(source.substring(i, open));
            }
            int close = source.indexOf('}', open);
            if (close < 0) {
                throw new IllegalArgumentException(where + ": unclosed { in template " + source);
            }
            String body = source.substring(open + 1, close);
            String fn = "";
            String argText = body;
            int colon = body.indexOf(':');
            if (colon >= 0) {
                fn = body.substring(0, colon);
                argText = body.substring(colon + 1);
            }
            if (!TemplateFunctions.exists(fn)) {
                throw new IllegalArgumentException(where + ": unknown template function " + fn + " in " + source);
            }
            String[] args = argText.split(",");
            boolean[] isGroup = new boolean[args.length];
            for (int a = 0; a < args.length; a++) {
                args[a] = args[a].trim();
                isGroup[a] = groups.contains(args[a]);
            }
            if (fn.isEmpty() && !isGroup[0]) {
                throw new IllegalArgumentException(where + ": template " + source + " names no group " + args[0]);
            }
            parts.add(new Call(fn, args, isGroup));
            i = close + 1;
        }
        return new Template(source, List.copyOf(parts));
    }

    /** The value on this match, or null when a function has no answer (the rule then does not apply). */
    String eval(Matcher m, TemplateFunctions fns) {
        StringBuilder b = new StringBuilder();
        for (Object p : parts) {
            if (p instanceof String s) {
                b.append(s);
                continue;
            }
            Call c = (Call) p;
            String[] values = new String[c.args.length];
            for (int a = 0; a < values.length; a++) {
                values[a] = c.isGroup[a] ? m.group(c.args[a]) : c.args[a];
            }
            String v = fns.apply(c.function, values);
            if (v == null) {
                return null;
            }
            b.append(v);
        }
        return b.toString();
    }

    @Override
    public String toString() {
        return source;
    }
}
