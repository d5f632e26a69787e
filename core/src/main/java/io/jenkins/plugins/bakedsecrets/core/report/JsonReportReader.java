package io.jenkins.plugins.bakedsecrets.core.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.jenkins.plugins.bakedsecrets.core.finding.Finding;
import io.jenkins.plugins.bakedsecrets.core.finding.CoverageGap;
import io.jenkins.plugins.bakedsecrets.core.image.LimitedInputStream;
import io.jenkins.plugins.bakedsecrets.core.scan.ScanReport;
import io.jenkins.plugins.bakedsecrets.core.scan.ToolInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Reads a JSON report written by {@link JsonReportWriter} back into a {@link ScanReport}. The input is untrusted:
 * its size, nesting and string lengths are bounded, every field must have its documented type, unknown fields and
 * newer schema versions are refused, and every error is a one-line {@link ReportFormatException} with line and column.
 * Suppression marks written by a scan are checked and dropped, never returned: the gate applies its own waivers.
 */
public final class JsonReportReader {
    /** The largest report accepted, in bytes. */
    public static final long MAX_BYTES = 256L * 1024 * 1024;
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(16).maxStringLength(1 << 20).maxNumberLength(20).build())
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final long maxBytes;

    /** A reader with the default size limit. */
    public JsonReportReader() {
        this(MAX_BYTES);
    }

    /** A reader with another size limit (tests use small ones). */
    JsonReportReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** Reads a report file; anything but a regular file (a FIFO, a device) is refused before it is opened. */
    public ScanReport read(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new ReportFormatException("report " + name + " is not a regular file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, name);
        } catch (IOException e) {
            throw new ReportFormatException("cannot read report " + name + ": " + e.getClass().getSimpleName());
        }
    }

    /** Reads a report from a stream, which stays open. */
    public ScanReport read(InputStream in) {
        return read(in, "<stream>");
    }

    /** Reads a report from a stream, which stays open; {@code source} names it in messages. */
    public ScanReport read(InputStream in, String source) {
        // The parser does not close its source (AUTO_CLOSE_SOURCE off): the caller owns the stream.
        InputStream limited = new LimitedInputStream(in, maxBytes, limit -> new UncheckedIOException(
                new IOException("report " + source + " is larger than " + limit + " bytes")));
        JsonParser[] parser = new JsonParser[1];
        try (JsonParser p = FACTORY.createParser(limited)) {
            parser[0] = p;
            StrictJsonCursor cursor = new StrictJsonCursor(p, source);
            cursor.start();
            ScanReport report = new ReportParser(cursor).report();
            cursor.end();
            return report;
        } catch (StreamConstraintsException e) {
            throw new ReportFormatException("malformed report " + source + at(e, parser[0])
                    + ": a number, string or nesting exceeds the reader's limits");
        } catch (JsonProcessingException e) {
            throw new ReportFormatException("malformed report " + source + at(e, parser[0]) + ": not valid JSON");
        } catch (UncheckedIOException e) {
            throw new ReportFormatException("cannot read report " + source + ": " + e.getCause().getMessage());
        } catch (IOException e) {
            throw new ReportFormatException("cannot read report " + source + ": " + e.getClass().getSimpleName());
        } catch (IllegalArgumentException e) {
            // A model invariant (such as a finding naming a missing target); its message names no value.
            throw new ReportFormatException("inconsistent report " + source + ": " + e.getMessage());
        }
    }

    /**
     * Where parsing stopped. A constraint failure (a number of a thousand digits) carries no location of its own, so
     * the parser's position stands in.
     */
    private static String at(JsonProcessingException e, JsonParser parser) {
        com.fasterxml.jackson.core.JsonLocation l = e.getLocation() != null ? e.getLocation()
                : parser == null ? null : parser.currentLocation();
        return l == null ? "" : " at line " + l.getLineNr() + ", column " + l.getColumnNr();
    }

    /** Parses the top level of one document. */
    private static final class ReportParser {
        private final StrictJsonCursor in;
        private final LocationJsonReader findings;
        private final SuppressionJsonReader suppressions;
        private Integer suppressed;
        private final TargetJsonReader targetReader;
        private Integer schemaVersion;
        private ToolInfo tool;
        private String keyId;
        private List<io.jenkins.plugins.bakedsecrets.core.scan.TargetInfo> targets;
        private final List<CoverageGap> gaps = new ArrayList<>();
        private final List<Finding> found = new ArrayList<>();
        private Integer total;

        ReportParser(StrictJsonCursor in) {
            this.in = in;
            this.suppressions = new SuppressionJsonReader(in);
            this.findings = new LocationJsonReader(in, suppressions);
            this.targetReader = new TargetJsonReader(in);
        }

        ScanReport report() throws IOException {
            in.object("report", this::field);
            require(schemaVersion != null, "schemaVersion");
            require(tool != null, "tool");
            require(keyId != null, "keyId");
            require(targets != null, "targets");
            require(total != null, "summary");
            if (total != found.size()) {
                throw in.fail("summary.total does not match the number of findings");
            }
            checkSuppressionCounts();
            return new ScanReport(schemaVersion, tool, keyId, targets, gaps, found);
        }

        private void field(String name) throws IOException {
            switch (name) {
                case "schemaVersion" -> schemaVersion = version(in.integer("schemaVersion"));
                case "tool" -> tool = targetReader.tool();
                case "keyId" -> keyId = in.string("keyId");
                case "targets" -> targets = targetReader.targets();
                case "coverage" -> in.object("coverage", this::coverageField);
                case "findings" -> in.array("findings", () -> found.add(findings.finding()));
                case "summary" -> in.object("summary", this::summaryField);
                case "waivers" -> suppressions.section();
                default -> throw in.unknown("report", name);
            }
        }

        /** Suppression marks are checked for consistency, then dropped: see {@link SuppressionJsonReader}. */
        private void checkSuppressionCounts() {
            Integer section = suppressions.sectionCount();
            if ((section == null) != (suppressed == null)) {
                throw in.fail("summary.suppressed and the waivers section go together");
            }
            if (suppressed == null ? suppressions.marks() > 0
                    : suppressed != suppressions.marks() || !suppressed.equals(section)) {
                throw in.fail("the suppressed counts do not match the suppressed findings");
            }
        }

        private int version(int v) {
            if (v < 1 || v > ScanReport.SCHEMA_VERSION) {
                throw in.fail("unsupported schemaVersion " + v + " (this reader knows 1 to "
                        + ScanReport.SCHEMA_VERSION + ")");
            }
            return v;
        }

        private void coverageField(String name) throws IOException {
            switch (name) {
                case "complete" -> in.bool("coverage.complete");
                case "gaps" -> in.array("coverage.gaps", () -> gaps.add(gap()));
                default -> throw in.unknown("coverage", name);
            }
        }

        private void summaryField(String name) throws IOException {
            switch (name) {
                case "total" -> total = in.nonNegative("summary.total");
                case "coverageGaps" -> in.nonNegative("summary.coverageGaps");
                case "suppressed" -> suppressed = in.nonNegative("summary.suppressed");
                case "bySeverity" -> in.object("summary.bySeverity", sev -> in.nonNegative("summary.bySeverity"));
                default -> throw in.unknown("summary", name);
            }
        }

        private CoverageGap gap() throws IOException {
            CoverageGap.Reason[] reason = {null};
            int[] target = {-1};
            Integer[] layer = {null};
            String[] text = {null, null}; // path, detail
            in.object("coverage gap", name -> {
                switch (name) {
                    case "reason" -> reason[0] = reason(in.string("reason"));
                    case "target" -> target[0] = in.nonNegative("target");
                    case "layerIndex" -> layer[0] = in.nonNegative("layerIndex");
                    case "path" -> text[0] = in.string("path");
                    case "detail" -> text[1] = in.string("detail");
                    default -> throw in.unknown("coverage gap", name);
                }
            });
            require(reason[0] != null, "reason");
            require(target[0] >= 0, "target");
            require(text[1] != null, "detail");
            return new CoverageGap(reason[0], target[0],
                    layer[0] == null ? OptionalInt.empty() : OptionalInt.of(layer[0]),
                    Optional.ofNullable(text[0]), text[1]);
        }

        private CoverageGap.Reason reason(String id) {
            try {
                return CoverageGap.Reason.parse(id);
            } catch (IllegalArgumentException e) {
                throw in.fail("unknown coverage reason");
            }
        }

        private void require(boolean present, String field) {
            if (!present) {
                throw in.fail("missing field '" + field + "'");
            }
        }
    }
}
