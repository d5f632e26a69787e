package io.jenkins.plugins.bakedsecrets.governance;

import hudson.model.Cause;
import hudson.model.Run;
import hudson.triggers.SCMTrigger;
import hudson.triggers.TimerTrigger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Every user who caused a build: its own starter and, through upstream causes (the "Build other projects" trigger,
 * the Pipeline {@code build} step, rebuilds) and re-run causes (replays), whoever started the builds that led to it.
 * A user who may not approve their own build could otherwise start it through a job of their own.
 *
 * <p>The walk fails closed: a cause that names no user and is not a known timer or SCM trigger (a remote trigger
 * with a token, a webhook of some plugin, an anonymous user, an upstream chain Jenkins cut short) leaves the build
 * unattributed, with a reason, so that separation of duties refuses approvals instead of passing unchecked.
 *
 * @param users user ids, in the order found, without repeats
 * @param unattributed why the start cannot be attributed with certainty; empty when it can
 */
public record BuildStarters(List<String> users, Optional<String> unattributed) {
    /** Re-run causes followed one after another at most; a longer chain is not attributed. */
    static final int MAX_RERUNS = 10;
    /**
     * Causes that name no user and need none: the build was started by a schedule or by the source code itself (for
     * which commit authors count). Named by class so that the plugin needs no dependency on branch-api.
     */
    private static final Set<String> NO_USER_CAUSES = Set.of("jenkins.branch.BranchIndexingCause",
            "jenkins.branch.BranchEventCause");

    /** Validates components. */
    public BuildStarters {
        users = List.copyOf(users);
    }

    /** The starters of a build, following re-runs with the given extensions. */
    static BuildStarters of(Run<?, ?> run, List<RerunCause> reruns) {
        Walk walk = new Walk(reruns);
        walk.run(run, 0);
        return new BuildStarters(walk.users, walk.problem);
    }

    /** The mutable state of one walk over a build's causes. */
    private static final class Walk {
        private final List<RerunCause> reruns;
        private final List<String> users = new ArrayList<>();
        private final Set<String> visited = new HashSet<>();
        private Optional<String> problem = Optional.empty();

        Walk(List<RerunCause> reruns) {
            this.reruns = reruns;
        }

        void run(Run<?, ?> run, int reruns) {
            if (!visited.add(run.getExternalizableId())) {
                return;
            }
            List<Cause> causes = run.getCauses();
            if (causes.isEmpty()) {
                fail(run.getFullDisplayName() + " records no cause");
            }
            causes.forEach(c -> cause(run, c, reruns));
        }

        void cause(Run<?, ?> run, Cause cause, int depth) {
            if (cause instanceof Cause.UserIdCause user) {
                String id = user.getUserId();
                if (id == null) {
                    fail(run.getFullDisplayName() + " was started by an anonymous user");
                } else if (!users.contains(id)) {
                    users.add(id);
                }
            } else if (cause instanceof Cause.UpstreamCause.DeeplyNestedUpstreamCause) {
                fail(run.getFullDisplayName() + " has more upstream builds than Jenkins records");
            } else if (cause instanceof Cause.UpstreamCause upstream) {
                if (upstream.getUpstreamCauses().isEmpty()) {
                    fail("the upstream build " + upstream.getUpstreamProject() + " #" + upstream.getUpstreamBuild()
                            + " of " + run.getFullDisplayName() + " records no cause");
                }
                upstream.getUpstreamCauses().forEach(c -> cause(run, c, depth));
            } else if (!isWithoutUser(cause)) {
                rerunOrFail(run, cause, depth);
            }
        }

        private void rerunOrFail(Run<?, ?> run, Cause cause, int depth) {
            for (RerunCause rerun : reruns) {
                Optional<Run<?, ?>> original = rerun.rerunOf(cause);
                if (original.isPresent() && depth < MAX_RERUNS) {
                    run(original.get(), depth + 1);
                    return;
                }
                if (rerun.knows(cause)) {
                    fail(run.getFullDisplayName() + " re-runs a build that no longer exists or lies too far back");
                    return;
                }
            }
            fail(run.getFullDisplayName() + " was started by \"" + cause.getShortDescription()
                    + "\", which names no Jenkins user");
        }

        private void fail(String reason) {
            if (problem.isEmpty()) {
                problem = Optional.of(reason);
            }
        }

        private static boolean isWithoutUser(Cause cause) {
            return cause instanceof TimerTrigger.TimerTriggerCause || cause instanceof SCMTrigger.SCMTriggerCause
                    || NO_USER_CAUSES.contains(cause.getClass().getName());
        }
    }
}
