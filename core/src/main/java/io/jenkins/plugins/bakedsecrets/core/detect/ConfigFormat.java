package io.jenkins.plugins.bakedsecrets.core.detect;

import java.util.Locale;
import java.util.Optional;

/**
 * The configuration syntax a file is written in, decided by its name, so a value is read by that syntax's quoting
 * and comment rules (see {@link FormatReader}). Other files are read by the rules' regexes alone.
 */
enum ConfigFormat {
    /** A dotenv file ({@code .env}, {@code *.env}, {@code .env.*}, {@code /etc/environment}). */
    DOTENV,
    /** A Java properties file, also inside a jar. */
    PROPERTIES,
    /** YAML. */
    YAML,
    /** JSON. */
    JSON,
    /** XML, including .NET {@code *.config}. */
    XML,
    /** INI and TOML ({@code .ini}, {@code .cfg}, {@code .cnf}, {@code .conf}, {@code .toml}). */
    INI,
    /** Shell scripts and rc files, and Dockerfiles ({@code ENV}/{@code ARG} follow shell quoting). */
    SHELL,
    /** A single {@code NAME=value} entry whose value is taken verbatim: an image's Env entry, a label, a CI variable. */
    ENTRY,
    /** Anything else. */
    NONE;

    /** The format of the file at {@code path}; {@link #NONE} without a path. */
    static ConfigFormat of(Optional<String> path) {
        if (path.isEmpty()) {
            return NONE;
        }
        String name = CompiledRule.fileName(path.get()).toLowerCase(Locale.ROOT);
        if (name.equals(".env") || name.startsWith(".env.") || name.endsWith(".env") || name.equals("environment")) {
            return DOTENV;
        }
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1);
        return switch (ext) {
            case "properties" -> PROPERTIES;
            case "yaml", "yml" -> YAML;
            case "json" -> JSON;
            case "xml", "config" -> XML;
            case "ini", "cfg", "cnf", "conf", "toml" -> INI;
            case "sh", "bash", "zsh", "ksh", "envrc", "bashrc", "profile", "zshrc", "dockerfile" -> SHELL;
            default -> shellByName(name) ? SHELL : NONE;
        };
    }

    private static boolean shellByName(String name) {
        return name.equals("dockerfile") || name.startsWith("dockerfile.") || name.equals("containerfile")
                || name.equals(".profile") || name.equals(".bash_profile");
    }
}
