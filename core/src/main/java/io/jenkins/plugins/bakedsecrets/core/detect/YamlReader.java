package io.jenkins.plugins.bakedsecrets.core.detect;

import java.util.ArrayList;
import java.util.List;

/**
 * YAML block mappings, one {@code key: value} per line (also as a sequence entry {@code - key: value}), as YAML 1.2
 * reads their scalars: double-quoted with backslash escapes, single-quoted with {@code ''} for a quote, plain (where
 * {@code #} starts a comment only after white space, so {@code password: p#ss} is one value), and literal
 * ({@code |}) or folded ({@code >}) block scalars on the lines below, more indented than the key. Anchors and tags
 * before a value are skipped; an alias refers to another node. Flow collections and multi-line quoted scalars are
 * left to the regexes.
 */
final class YamlReader implements FormatReader {
    /** Longest block scalar kept. */
    private static final int MAX_BLOCK_LINES = 64;
    private Block block;

    /** An open block scalar. */
    private static final class Block {
        final String name;
        final int keyIndent;
        final boolean folded;
        final List<String> lines = new ArrayList<>();
        int contentIndent = -1;
        int firstLine;

        Block(String name, int keyIndent, boolean folded) {
            this.name = name;
            this.keyIndent = keyIndent;
            this.folded = folded;
        }
    }

    @Override
    public boolean read(String line, int lineNumber, List<Assignment> out) {
        if (block != null) {
            if (line.isBlank()) {
                block.lines.add("");
                return true;
            }
            int indent = AssignmentSpans.skipBlanks(line, 0);
            if (block.contentIndent < 0 && indent > block.keyIndent) {
                block.contentIndent = indent;
                block.firstLine = lineNumber;
            }
            if (block.contentIndent >= 0 && indent >= block.contentIndent && block.lines.size() < MAX_BLOCK_LINES) {
                block.lines.add(line.substring(block.contentIndent));
                return true;
            }
            finish(out);
        }
        return mapping(line, lineNumber, out);
    }

    @Override
    public boolean open() {
        return block != null;
    }

    @Override
    public void finish(List<Assignment> out) {
        if (block != null && block.contentIndent >= 0) {
            List<String> lines = new ArrayList<>(block.lines);
            while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
                lines.remove(lines.size() - 1);
            }
            String value = String.join(block.folded ? " " : "\n", lines);
            out.add(new Assignment(block.name, value, block.firstLine, true, true));
        }
        block = null;
    }

    private boolean mapping(String line, int lineNumber, List<Assignment> out) {
        int i = AssignmentSpans.skipBlanks(line, 0);
        while (line.startsWith("- ", i)) {
            i = AssignmentSpans.skipBlanks(line, i + 2);
        }
        int keyIndent = AssignmentSpans.skipBlanks(line, 0);
        if (i >= line.length() || line.charAt(i) == '#') {
            return false;
        }
        String name;
        int colon;
        char first = line.charAt(i);
        if (first == '"' || first == '\'') {
            QuotedText.Read key = first == '"' ? QuotedText.doubleQuoted(line, i)
                    : QuotedText.singleQuotedDoubling(line, i);
            if (key == null) {
                return false;
            }
            name = key.text();
            colon = AssignmentSpans.skipBlanks(line, key.end());
            if (colon >= line.length() || line.charAt(colon) != ':') {
                return false;
            }
        } else {
            colon = plainKeyEnd(line, i);
            if (colon < 0) {
                return false;
            }
            name = line.substring(i, colon).strip();
        }
        return value(line, AssignmentSpans.skipBlanks(line, colon + 1), name, keyIndent, lineNumber, out);
    }

    /** The colon ending a plain key: followed by white space or the end of the line. */
    private static int plainKeyEnd(String line, int from) {
        if ("[]{}&*!|>%@`,".indexOf(line.charAt(from)) >= 0) {
            return -1;
        }
        for (int i = from; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == ':' && (i + 1 == line.length() || line.charAt(i + 1) == ' ' || line.charAt(i + 1) == '\t')) {
                return i;
            }
            if (c == '#' && i > from && Character.isWhitespace(line.charAt(i - 1))) {
                return -1;
            }
        }
        return -1;
    }

    private boolean value(String line, int from, String name, int keyIndent, int lineNumber, List<Assignment> out) {
        int v = from;
        while (v < line.length() && (line.charAt(v) == '&' || line.charAt(v) == '!')) {
            int space = line.indexOf(' ', v);
            v = space < 0 ? line.length() : AssignmentSpans.skipBlanks(line, space);
        }
        if (v >= line.length() || line.charAt(v) == '#') {
            return false;
        }
        char c = line.charAt(v);
        switch (c) {
            case '"', '\'' -> {
                QuotedText.Read r = c == '"' ? QuotedText.doubleQuoted(line, v) : QuotedText.singleQuotedDoubling(line,
                        v);
                if (r == null) {
                    return false;
                }
                out.add(new Assignment(name, r.text(), lineNumber, true, true));
            }
            case '|', '>' -> {
                block = new Block(name, keyIndent, c == '>');
            }
            case '*' -> out.add(new Assignment(name, line.substring(v), lineNumber, false, false));
            case '{', '[' -> {
                return false;
            }
            default -> out.add(new Assignment(name, DotenvReader.unquoted(line, v), lineNumber, true, false));
        }
        return true;
    }
}
