package io.jenkins.plugins.bakedsecrets.core.detect;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.re2j.Pattern;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CompiledRulePathTest {
    @Test
    void shouldTreatOnlySlashFreeNamePatternsAsFileNamePatterns() {
        assertThat(CompiledRule.isFileNamePattern("(?:^|/)\\.pgpass$")).isTrue();
        assertThat(CompiledRule.isFileNamePattern("(?:^|/)settings[^/]*\\.py$")).isTrue();
        assertThat(CompiledRule.isFileNamePattern("(?:^|/)secrets/master\\.key$")).isFalse();
        assertThat(CompiledRule.isFileNamePattern("(?:^|/)foo.*bar$")).isFalse();
        assertThat(CompiledRule.isFileNamePattern("(?:^|/)a[^x]b$")).isFalse();
        assertThat(CompiledRule.isFileNamePattern("\\.tfstate$")).isTrue();
        assertThat(CompiledRule.isFileNamePattern("(?i)\\.ya?ml$")).isTrue();
        assertThat(CompiledRule.isFileNamePattern("(?i)(?:^|/)\\.?htpasswd[^/]*$")).isTrue();
        assertThat(CompiledRule.isFileNamePattern("config\\.json")).isFalse();
        assertThat(CompiledRule.isFileNamePattern("a.*\\.key$")).isFalse();
    }

    @Test
    void shouldGiveTheSameAnswerAsSearchingTheWholePathForEveryBuiltInRule() {
        List<String> paths = List.of("/root/.pgpass", "/srv/app/settings_prod.py", "/x/.pgpass.bak", "/etc/my.cnf",
                "/home/u/.ssh/id_rsa", "/home/u/.ssh/id_rsa.pub", "/var/jenkins_home/secrets/master.key",
                "/a/b/.git-credentials", "/etc/redis/redis-6379.conf", "/app/netrc/x", "/app/_netrc",
                "/opt/htpasswd.d/users", "/srv/.htpasswd", "pgpass", "/", "/srv/app/config/master.key",
                "/srv/x.tfstate/y", "/srv/prod.tfstate", "/app/deploy.YAML", "/k/.kube/config", "/k/my-kubeconfig.yml",
                "/etc/kubernetes/admin.conf", "/app/keys/server.P12", "/a.yaml/b");
        for (CompiledRule rule : RuleSet.builtIn().rules().stream().map(CompiledRule::new).toList()) {
            Optional<String> regex = rule.rule().pathRegex();
            if (regex.isEmpty()) {
                continue;
            }
            Pattern whole = Pattern.compile(regex.get());
            for (String path : paths) {
                assertThat(rule.appliesTo(Optional.of(path))).as("%s on %s", rule.rule().id(), path)
                        .isEqualTo(whole.matcher(path).find());
            }
        }
    }
}
