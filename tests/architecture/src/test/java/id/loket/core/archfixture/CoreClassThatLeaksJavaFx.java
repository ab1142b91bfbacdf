package id.loket.core.archfixture;

/** A deliberately wrong class (test sources only) that proves the JavaFX rule catches a leak. */
public class CoreClassThatLeaksJavaFx {
    public javafx.beans.property.StringProperty leak() {
        return new javafx.beans.property.SimpleStringProperty("x");
    }
}
