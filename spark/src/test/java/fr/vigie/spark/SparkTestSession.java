package fr.vigie.spark;

import org.apache.spark.sql.SparkSession;

/** One local[2] Spark session for the test run, as the job's own local runs configure it. */
final class SparkTestSession {

    private static SparkSession spark;

    private SparkTestSession() {
    }

    static synchronized SparkSession get() {
        if (spark == null) {
            spark = SparkSession.builder().appName("vigie-test").master("local[2]")
                    .config("spark.ui.enabled", "false")
                    .config("spark.driver.bindAddress", "127.0.0.1")
                    .config("spark.driver.host", "127.0.0.1")
                    .config("spark.sql.shuffle.partitions", "4")
                    .config("spark.hadoop.mapreduce.fileoutputcommitter.algorithm.version", "1")
                    .getOrCreate();
        }
        return spark;
    }
}
