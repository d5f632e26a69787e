package io.jenkins.plugins.bakedsecrets.credentials;

import com.cloudbees.jenkins.plugins.sshcredentials.SSHUserPrivateKey;
import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.common.StandardCredentials;
import com.cloudbees.plugins.credentials.common.StandardUsernamePasswordCredentials;
import hudson.AbortException;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.util.Secret;
import io.jenkins.plugins.bakedsecrets.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jenkinsci.plugins.plaincredentials.FileCredentials;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;

/**
 * Turns credentials ids into the secret values the scanner searches for. Values stay wrapped in {@link Secret} from
 * here to the agent and are never printed; only ids appear in the log.
 */
public final class KnownSecretsResolver {
    /** Shorter values would match by chance. */
    static final int MIN_LENGTH = 8;
    /** The detector's limit on one value; longer values are skipped. */
    static final int MAX_LENGTH = 4096;
    /** A secret file larger than this is not a single secret value. */
    static final int MAX_FILE_BYTES = 64 * 1024;

    /** Resolves every id in the context of the run and records their use; fails on an unknown id. */
    public List<Secret> resolve(List<String> ids, Run<?, ?> run, TaskListener listener)
            throws IOException {
        List<Secret> values = new ArrayList<>();
        for (String id : ids) {
            StandardCredentials c = CredentialsProvider.findCredentialById(id, StandardCredentials.class, run);
            if (c == null) {
                throw new AbortException(Messages.KnownSecrets_NotFound(id));
            }
            CredentialsProvider.track(run, c);
            List<String> found = valuesOf(c);
            List<String> usable = found.stream().map(String::strip)
                    .filter(v -> v.length() >= MIN_LENGTH && v.length() <= MAX_LENGTH).toList();
            if (usable.isEmpty()) {
                listener.getLogger().println(Messages.KnownSecrets_NothingUsable(id, MIN_LENGTH, MAX_LENGTH));
            }
            usable.forEach(v -> values.add(Secret.fromString(v)));
        }
        return List.copyOf(values);
    }

    private static List<String> valuesOf(StandardCredentials c) throws IOException {
        if (c instanceof StringCredentials s) {
            return List.of(s.getSecret().getPlainText());
        }
        if (c instanceof StandardUsernamePasswordCredentials u) {
            return List.of(u.getPassword().getPlainText());
        }
        if (c instanceof FileCredentials f) {
            return fileContent(f);
        }
        if (c instanceof SSHUserPrivateKey k) {
            List<String> keys = new ArrayList<>(k.getPrivateKeys());
            Secret passphrase = k.getPassphrase();
            if (passphrase != null) {
                keys.add(passphrase.getPlainText());
            }
            return keys;
        }
        throw new AbortException(Messages.KnownSecrets_UnsupportedType(c.getId(), c.getClass().getSimpleName()));
    }

    private static List<String> fileContent(FileCredentials f) throws IOException {
        try (InputStream in = f.getContent()) {
            byte[] bytes = in.readNBytes(MAX_FILE_BYTES + 1);
            if (bytes.length > MAX_FILE_BYTES) {
                throw new AbortException(Messages.KnownSecrets_FileTooLarge(f.getId(), MAX_FILE_BYTES));
            }
            return List.of(new String(bytes, StandardCharsets.UTF_8));
        }
    }
}
