package dev.kalshisim.spark;

import dev.kalshisim.cli.backtest.SweepComparison;
import dev.kalshisim.cli.backtest.SweepPlan;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * Every parameter set of a sweep as one Spark task: the indexes 0..n-1 parallelized one per
 * partition, each task running {@link SweepPlan#run(int, Path)} on its executor (the plan travels
 * serialized), and the rows collected on the driver in partition order, which is run order.
 */
final class SparkRuns {

    /** A finished sweep's rows, in run order, and the master that ran them. */
    record Finished(List<SweepComparison.Row> rows, String master) {
    }

    private SparkRuns() {
    }

    /**
     * The whole sweep as one Spark job on the master {@code spark-submit} gave: a context for the
     * job, {@link SweepPlan#execute} with every set a task, the context stopped.
     */
    static Finished sweep(SweepPlan plan) throws Exception {
        SparkConf conf = new SparkConf()
                .setAppName("kalshi-sim sweep: " + plan.strategy() + " on " + plan.data())
                // Two attempts of one task at once would write the same run folder.
                .set("spark.speculation", "false");
        try (JavaSparkContext spark = new JavaSparkContext(conf)) {
            List<SweepComparison.Row> rows = plan.execute(staging -> collect(spark, plan, staging));
            return new Finished(rows, spark.master());
        }
    }

    /**
     * Runs every set of {@code plan} into {@code staging}, a folder every executor sees at the same
     * absolute path.
     *
     * @throws IllegalStateException in one line when a run failed on the cluster
     */
    static List<SweepComparison.Row> collect(JavaSparkContext spark, SweepPlan plan, Path staging) {
        String folder = staging.toAbsolutePath().toString();
        List<Integer> indexes = IntStream.range(0, plan.size()).boxed().collect(Collectors.toList());
        spark.setJobDescription(plan.size() + " backtests of " + plan.strategy() + " on " + plan.data());
        try {
            return spark.parallelize(indexes, indexes.size())
                    .map(index -> plan.run(index, Path.of(folder)))
                    .collect();
        } catch (Exception failure) {
            // A task's failure reaches the driver as Spark's SparkException, checked in Java but
            // thrown unchecked from Scala: its deepest cause is the run's own one line.
            throw new IllegalStateException("a backtest of the sweep failed on the cluster: " + reason(failure),
                    failure);
        }
    }

    /** The run's own failure, as deep as Spark kept it, in one line. */
    private static String reason(Throwable failure) {
        Throwable deepest = failure;
        while (deepest.getCause() != null && deepest.getCause() != deepest) {
            deepest = deepest.getCause();
        }
        String message = deepest.getMessage() == null ? deepest.getClass().getName() : deepest.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
