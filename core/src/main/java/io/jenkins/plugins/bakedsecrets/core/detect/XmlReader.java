package io.jenkins.plugins.bakedsecrets.core.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * XML on one line: an element's text ({@code <password>...</password>}, also as CDATA), each attribute
 * ({@code password="..."}), and the key/value attribute pairs of configuration elements
 * ({@code <add key="DbPassword" value="..."/>}, {@code <entry key=... value=...>}, {@code <property name=...
 * value=...>}), whose name is the {@code key} or {@code name} attribute's value. Entities ({@code &amp;},
 * {@code &lt;}, {@code &gt;}, {@code &quot;}, {@code &apos;}, numeric references) are decoded.
 */
final class XmlReader implements FormatReader {
    private static final String CDATA = "<![CDATA[";

    @Override
    public boolean read(String line, int lineNumber, List<Assignment> out) {
        int before = out.size();
        for (int lt = line.indexOf('<'); lt >= 0 && lt + 1 < line.length(); lt = line.indexOf('<', lt + 1)) {
            char c = line.charAt(lt + 1);
            if (!Character.isLetter(c) && c != '_') {
                continue;
            }
            int nameEnd = lt + 1;
            while (nameEnd < line.length() && isNameChar(line.charAt(nameEnd))) {
                nameEnd++;
            }
            int gt = line.indexOf('>', nameEnd);
            if (gt < 0) {
                break;
            }
            String element = line.substring(lt + 1, nameEnd);
            attributes(line.substring(nameEnd, gt), lineNumber, out);
            if (line.charAt(gt - 1) != '/') {
                text(line, gt + 1, element, lineNumber, out);
            }
            lt = gt;
        }
        return out.size() > before;
    }

    private static void text(String line, int from, String element, int lineNumber, List<Assignment> out) {
        String close = "</" + element + ">";
        int end = line.indexOf(close, from);
        if (end < 0) {
            return;
        }
        String raw = line.substring(from, end);
        if (raw.indexOf('<') >= 0 && !(raw.startsWith(CDATA) && raw.endsWith("]]>"))) {
            return;
        }
        String value = raw.startsWith(CDATA) ? raw.substring(CDATA.length(), raw.length() - 3) : decode(raw);
        out.add(new Assignment(element, value, lineNumber, true, true));
    }

    private static void attributes(String tag, int lineNumber, List<Assignment> out) {
        List<String[]> pairs = new ArrayList<>();
        int i = 0;
        while (i < tag.length()) {
            int eq = tag.indexOf('=', i);
            if (eq < 0) {
                break;
            }
            String name = tag.substring(i, eq).strip();
            int q = eq + 1;
            while (q < tag.length() && Character.isWhitespace(tag.charAt(q))) {
                q++;
            }
            if (q >= tag.length() || tag.charAt(q) != '"' && tag.charAt(q) != '\'') {
                break;
            }
            int close = tag.indexOf(tag.charAt(q), q + 1);
            if (close < 0) {
                break;
            }
            pairs.add(new String[] {name, decode(tag.substring(q + 1, close))});
            i = close + 1;
        }
        String key = null;
        for (String[] p : pairs) {
            out.add(new Assignment(p[0], p[1], lineNumber, true, true));
            String lower = p[0].toLowerCase(Locale.ROOT);
            if (lower.equals("key") || lower.equals("name")) {
                key = p[1];
            } else if (lower.equals("value") && key != null && !key.isEmpty()) {
                out.add(new Assignment(key, p[1], lineNumber, true, true));
            }
        }
    }

    /** Decodes the predefined entities and character references; an unknown entity stays as written. */
    static String decode(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            int semi = text.charAt(i) == '&' ? text.indexOf(';', i) : -1;
            String entity = semi > i && semi - i <= 10 ? text.substring(i + 1, semi) : null;
            int cp = entity == null ? -1 : entity(entity);
            if (cp < 0) {
                b.append(text.charAt(i));
            } else {
                b.appendCodePoint(cp);
                i = semi;
            }
        }
        return b.toString();
    }

    private static int entity(String name) {
        int predefined = switch (name) {
            case "amp" -> '&';
            case "lt" -> '<';
            case "gt" -> '>';
            case "quot" -> '"';
            case "apos" -> '\'';
            default -> -1;
        };
        if (predefined >= 0) {
            return predefined;
        }
        try {
            int cp = name.startsWith("#x") || name.startsWith("#X") ? Integer.parseInt(name.substring(2), 16)
                    : name.startsWith("#") ? Integer.parseInt(name.substring(1)) : -1;
            return Character.isValidCodePoint(cp) ? cp : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.' || c == ':';
    }
}
