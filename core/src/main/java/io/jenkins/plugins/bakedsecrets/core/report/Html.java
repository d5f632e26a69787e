package io.jenkins.plugins.bakedsecrets.core.report;

import java.io.IOException;
import java.io.Writer;

/** Writes escaped HTML text and elements; every piece of report data passes through {@link #text(String)}. */
final class Html {
    private final Writer out;

    Html(Writer out) {
        this.out = out;
    }

    /** Escapes text for element content and double- or single-quoted attribute values. */
    static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(Character.isISOControl(c) && c != '\n' && c != '\t' ? '\uFFFD' : c);
            }
        }
        return b.toString();
    }

    /** Writes trusted markup written by this package (never report data). */
    Html raw(String markup) throws IOException {
        out.write(markup);
        return this;
    }

    /** Writes escaped text. */
    Html text(String text) throws IOException {
        out.write(escape(text));
        return this;
    }

    /** Writes an element with a class and escaped text content. */
    Html element(String tag, String cssClass, String text) throws IOException {
        out.write("<" + tag + (cssClass.isEmpty() ? "" : " class=\"" + cssClass + "\"") + ">");
        text(text);
        out.write("</" + tag + ">");
        return this;
    }
}
