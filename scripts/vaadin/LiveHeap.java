import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The live heap of a JVM on this machine: {@code jcmd <pid> GC.class_histogram} runs a full GC first and counts
 * what survived; taken twice, the second (after a second full GC) is the figure.
 */
final class LiveHeap {

    static long measure(String pid) throws IOException, InterruptedException {
        once(pid);
        return once(pid);
    }

    private static long once(String pid) throws IOException, InterruptedException {
        String jcmd = System.getProperty("java.home") + "/bin/jcmd";
        Process p = new ProcessBuilder(jcmd, pid, "GC.class_histogram").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        String keep = System.getProperty("histogram.dir");
        if (keep != null) {
            // kept for a look at what the growth consists of (compare two files)
            java.nio.file.Files.writeString(java.nio.file.Path.of(keep, "histogram-" + System.nanoTime() + ".txt"), out);
        }
        for (String line : out.split("\n")) {
            String t = line.trim();
            if (t.startsWith("Total")) {
                String[] parts = t.split("\\s+");
                return Long.parseLong(parts[2]);
            }
        }
        throw new IllegalStateException("no class histogram from jcmd: " + out);
    }
}
