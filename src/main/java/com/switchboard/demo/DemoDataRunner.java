package com.switchboard.demo;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Loads the demo data at start-up when {@code switchboard.demo-data=true} (the default of the
 * embedded database), and {@code switchboard.synthetic-customers=N} more customers for benchmarks.
 */
@Component
@ConditionalOnProperty(name = "switchboard.demo-data", havingValue = "true")
class DemoDataRunner implements ApplicationRunner {

    private final DemoData demoData;
    private final SyntheticCustomers synthetic;
    private final int syntheticCount;

    DemoDataRunner(DemoData demoData, SyntheticCustomers synthetic,
            @Value("${switchboard.synthetic-customers:0}") int syntheticCount) {
        this.demoData = demoData;
        this.synthetic = synthetic;
        this.syntheticCount = syntheticCount;
    }

    @Override
    public void run(ApplicationArguments args) {
        demoData.loadIfEmpty();
        if (syntheticCount > 0) {
            synthetic.ensure(syntheticCount);
        }
    }
}
