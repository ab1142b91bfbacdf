package id.loket.desktop.cli;

import id.loket.desktop.DataDirectory;
import id.loket.desktop.LoketApplication;
import id.loket.desktop.demo.DemoMode;
import javafx.application.Application;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/**
 * {@code loket demo}: opens the counter window in demo mode (see {@link DemoMode}) and returns when
 * it is closed. {@code --home} chooses the data directory whose {@code demo} folder is used.
 */
@Command(name = "demo", mixinStandardHelpOptions = true)
public final class DemoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        LoketCommand root = (LoketCommand) spec.root().userObject();
        System.setProperty(DataDirectory.PROPERTY, root.dataDir().toString());
        System.setProperty(DemoMode.PROPERTY, "true");
        Application.launch(LoketApplication.class);
        return ExitCodes.OK;
    }
}
