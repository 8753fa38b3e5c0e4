package eu.ondernemerscheck.adapter.persistence.jobs;

import java.io.IOException;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The scheduling priority ("nice" value, 0 normal to 19 lowest) of processes and threads on Linux, through the C
 * library's {@code setpriority} and the kernel's {@code /proc} files.
 *
 * <p>Linux schedules in two levels when automatic grouping is on ({@code kernel.sched_autogroup_enabled}, the default
 * of most distributions): CPU time is first shared fairly between sessions, then between the threads of a session by
 * their nice values. Every PostgreSQL session process leads a session of its own, so its own nice value weighs only
 * against itself; what weighs against the app and the other sessions is its group's nice value,
 * {@code /proc/PID/autogroup}. Both are set here, so the priority holds with and without grouping.
 */
final class LinuxPriority {

    private static final int PRIO_PROCESS = 0;
    private static final Path AUTOGROUP_ENABLED = Path.of("/proc/sys/kernel/sched_autogroup_enabled");

    private final MethodHandle setpriority;
    private final MethodHandle gettid;

    private LinuxPriority(MethodHandle setpriority, MethodHandle gettid) {
        this.setpriority = setpriority;
        this.gettid = gettid;
    }

    /**
     * This machine's priorities, when it is Linux and this process may also set a priority it lowered back to normal
     * (as root, with {@code CAP_SYS_NICE}, or with a nice limit, {@code ulimit -e}, of 20): without that, background
     * work could not hand a database session back to the pool at normal priority.
     *
     * @return empty, with the reason, where priorities are not to be touched
     */
    static Availability load() {
        if (!System.getProperty("os.name", "").startsWith("Linux") || !Files.isReadable(Path.of("/proc/self/stat"))) {
            return Availability.none("the machine is not Linux");
        }
        Linker linker = Linker.nativeLinker();
        Optional<MethodHandle> set = linker.defaultLookup().find("setpriority").map(address -> linker.downcallHandle(
                address, FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT,
                        ValueLayout.JAVA_INT)));
        Optional<MethodHandle> tid = linker.defaultLookup().find("gettid").map(address -> linker.downcallHandle(
                address, FunctionDescriptor.of(ValueLayout.JAVA_INT)));
        if (set.isEmpty() || tid.isEmpty()) {
            return Availability.none("the C library offers no setpriority or gettid");
        }
        LinuxPriority priority = new LinuxPriority(set.get(), tid.get());
        return priority.mayRaiseAgain() ? Availability.of(priority)
                : Availability.none("this process may not set a lowered priority back (needs root, CAP_SYS_NICE or"
                + " a nice limit of 20)");
    }

    /** Lowers a short-lived thread of this process by one step and sets it back: what every lowering relies on. */
    private boolean mayRaiseAgain() {
        AtomicBoolean both = new AtomicBoolean();
        Thread probe = Thread.ofPlatform().name("priority-probe").unstarted(() -> {
            int self = threadId();
            both.set(setNice(self, 1) && setNice(self, 0));
        });
        probe.start();
        try {
            probe.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        return both.get();
    }

    /** The kernel's id of the calling thread (what {@code setpriority} takes for one thread). */
    int threadId() {
        try {
            return (int) gettid.invokeExact();
        } catch (Throwable e) {
            throw new IllegalStateException("gettid failed", e);
        }
    }

    /** Sets the nice value of one process or thread; false when the kernel refuses (no such id, not allowed). */
    boolean setNice(int id, int nice) {
        try {
            return (int) setpriority.invokeExact(PRIO_PROCESS, id, nice) == 0;
        } catch (Throwable e) {
            throw new IllegalStateException("setpriority failed", e);
        }
    }

    /**
     * Sets the nice value of the automatic group of a process that leads its own session (a PostgreSQL session
     * process), where grouping is on; true when done or when there is no grouping to set.
     */
    static boolean setGroupNice(int sessionLeader, int nice) {
        Path group = Path.of("/proc", Integer.toString(sessionLeader), "autogroup");
        try {
            if (!"1".equals(Files.readString(AUTOGROUP_ENABLED).strip()) || !Files.exists(group)) {
                return true;
            }
            Files.writeString(group, Integer.toString(nice), StandardCharsets.US_ASCII);
            return true;
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    /**
     * The process id of a PostgreSQL session when it runs on this machine under the server whose data directory is
     * given: the process is a {@code postgres} process and its parent is the server named in the directory's
     * {@code postmaster.pid}. A session of a server elsewhere has a process id that means nothing here, so nothing
     * else is ever taken for it.
     */
    static OptionalInt localSession(int sessionPid, Path dataDirectory) {
        try {
            Path pidFile = dataDirectory.resolve("postmaster.pid");
            if (!Files.isReadable(pidFile)) {
                return OptionalInt.empty();
            }
            String server = Files.readAllLines(pidFile, StandardCharsets.US_ASCII).getFirst().strip();
            Optional<ProcessStat> session = ProcessStat.of(sessionPid);
            return session.isPresent() && session.get().command().equals("postgres")
                    && Integer.toString(session.get().parent()).equals(server)
                    ? OptionalInt.of(sessionPid) : OptionalInt.empty();
        } catch (IOException | RuntimeException e) {
            return OptionalInt.empty();
        }
    }

    /** What {@code /proc/PID/stat} says of a process or thread: its command, its parent and its nice value. */
    record ProcessStat(String command, int parent, int nice) {

        static Optional<ProcessStat> of(int pid) {
            return read(Path.of("/proc", Integer.toString(pid), "stat"));
        }

        static Optional<ProcessStat> ofThread(int pid, int tid) {
            return read(Path.of("/proc", Integer.toString(pid), "task", Integer.toString(tid), "stat"));
        }

        private static Optional<ProcessStat> read(Path stat) {
            String line;
            try {
                line = Files.readString(stat, StandardCharsets.US_ASCII);
            } catch (IOException e) {
                return Optional.empty();
            }
            // "pid (command) state ppid ...": the command may hold spaces and brackets, so it ends at the last ')'
            int open = line.indexOf('(');
            int close = line.lastIndexOf(')');
            String[] rest = line.substring(close + 2).split(" ");
            return Optional.of(new ProcessStat(line.substring(open + 1, close), Integer.parseInt(rest[1]),
                    Integer.parseInt(rest[16])));
        }
    }

    /** A {@link LinuxPriority}, or why there is none. */
    record Availability(Optional<LinuxPriority> priority, String whyNone) {

        static Availability of(LinuxPriority priority) {
            return new Availability(Optional.of(priority), "");
        }

        static Availability none(String why) {
            return new Availability(Optional.empty(), why);
        }
    }
}
