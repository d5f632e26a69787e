package io.jenkins.plugins.bakedsecrets.governance;

import java.io.Serializable;
import org.kohsuke.stapler.export.Exported;
import org.kohsuke.stapler.export.ExportedBean;

/** One reason of a stored gate decision, as plain strings for build.xml and {@code api/json}. */
@ExportedBean(defaultVisibility = 2)
public class GateReasonRow implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String scan;
    private final String level;
    private final String clause;
    private final String message;

    /** A reason of the gate over one scan (blank scan: the build as a whole). */
    public GateReasonRow(String scan, String level, String clause, String message) {
        this.scan = scan;
        this.level = level;
        this.clause = clause;
        this.message = message;
    }

    /** The scan the reason is about; blank when it is about the build. */
    @Exported
    public String getScan() {
        return scan;
    }

    /** {@code FAIL}, {@code UNSTABLE}, {@code WARNING} or {@code INFO}. */
    @Exported
    public String getLevel() {
        return level;
    }

    /** The policy clause or check behind the reason. */
    @Exported
    public String getClause() {
        return clause;
    }

    /** The sentence. */
    @Exported
    public String getMessage() {
        return message;
    }

    /** The sentence with its scan, for logs and failure messages. */
    public String describe() {
        return scan.isEmpty() ? message : "[" + scan + "] " + message;
    }
}
