package dev.kalshisim.spark;

import dev.kalshisim.cli.OneLineErrors;
import dev.kalshisim.cli.backtest.SweepOptions;
import dev.kalshisim.cli.backtest.SweepPlan;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The sweep as a Spark job, for {@code spark-submit --class dev.kalshisim.spark.SparkSweep ...
 * kalshi-sim-spark.jar --data ... --strategy NAME --grid k=v1,v2,... --out DIR}: the options of
 * {@code kalshi-sim sweep} (but {@code --parallel}: the cluster's executors are the pool), each
 * parameter set one Spark task that runs one backtest and writes its {@code run-NNN} folder under
 * {@code --out}, and the driver writing the comparison, so the files are those of the local pool.
 *
 * <p>The driver checks everything it can before it asks the cluster for anything: the options,
 * the folder, every parameter set, and the data (opened once here, which also builds a folder's
 * replay log before the tasks read it). {@code --data} and {@code --out} must be paths every
 * executor sees where the driver does (a shared file system), or a bundled {@code sample:NAME},
 * which each executor generates from the jar. The master comes from {@code spark-submit}.
 *
 * <p>No Spark type appears in this class, so that the jar run without Spark ({@code java -jar})
 * still reads its command line and says in one line what is missing.
 */
@Command(name = "spark-sweep", mixinStandardHelpOptions = true,
        description = "Backtest every parameter set of a grid as the tasks of a Spark job and compare the runs.")
public final class SparkSweep implements Callable<Integer> {

    /** Exit code for a command line that could not be understood, as {@code kalshi-sim}'s. */
    static final int USAGE = 2;

    @Spec
    CommandSpec spec;

    @Mixin
    SweepOptions sweep;

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the job's command line with the given output streams and returns its exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new SparkSweep());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler(new OneLineErrors());
        // As the command line's own refusals, but pointing at this job's help rather than kalshi-sim's.
        commandLine.setParameterExceptionHandler((exception, arguments) -> {
            err.println("kalshi-sim: " + exception.getMessage() + " (see the job's --help)");
            err.flush();
            return USAGE;
        });
        return commandLine.execute(args);
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        SweepPlan plan = sweep.plan().withAbsoluteData();
        requireSpark();
        plan.checkData();
        SparkRuns.Finished finished = SparkRuns.sweep(plan);
        plan.print(stdout, "one Spark task each on " + finished.master(), finished.rows());
        return 0;
    }

    /** Run with {@code java -jar} rather than submitted, the jar has no Spark: say so in one line. */
    private static void requireSpark() {
        try {
            Class.forName("org.apache.spark.SparkConf", false, SparkSweep.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("Spark is not on the class path: submit this jar with spark-submit "
                    + "(or run 'kalshi-sim sweep' for a local pool)");
        }
    }
}
