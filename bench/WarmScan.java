import io.jenkins.plugins.bakedsecrets.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;

/**
 * The same CLI scan ROUNDS times in one JVM, printing the seconds of each: the first pays for the JIT's work, the
 * later ones run compiled code, as every scan after the first does in a Jenkins agent (its JVM lives across builds).
 * Not part of CI. Usage: java -cp cli/target/baked-secrets.jar bench/WarmScan.java ROUNDS scan ARGS...
 */
public final class WarmScan {
    private WarmScan() {
    }

    public static void main(String[] args) {
        int rounds = Integer.parseInt(args[0]);
        String[] scan = Arrays.copyOfRange(args, 1, args.length);
        for (int round = 1; round <= rounds; round++) {
            StringWriter err = new StringWriter();
            long start = System.nanoTime();
            int exit = Main.run(scan, new PrintWriter(new StringWriter()), new PrintWriter(err));
            System.out.printf("round %d: %.2f s, exit %d%n", round, (System.nanoTime() - start) / 1e9, exit);
            if (exit > 1) {
                System.err.print(err);
                System.exit(exit);
            }
        }
    }
}
