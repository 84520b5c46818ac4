package dev.ringside.ui.contacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ringside.app.EngineContactBook;
import dev.ringside.contacts.ContactDraft;
import dev.ringside.contacts.ContactStore;
import dev.ringside.history.CallHistory;
import dev.ringside.phone.PhoneNumbers;
import dev.ringside.ui.UiThread;
import dev.ringside.ui.fake.FakeSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Contacts view on a real H2 store: search as you type, every number callable. */
@ExtendWith(ApplicationExtension.class)
class ContactsViewFxTest {

    private final FakeSession session = new FakeSession("Op", "777");
    private CallHistory history;
    private final ExecutorService executor = Executors.newSingleThreadExecutor();

    @Start
    void start(Stage stage) throws Exception {
        history = CallHistory.open(Files.createTempDirectory("contacts-fx").resolve("history"));
        PhoneNumbers ru = new PhoneNumbers("RU");
        ContactStore store = new ContactStore(history.dataSource(), ru);
        ContactDraft anna = new ContactDraft();
        anna.name = "Анна Смирнова";
        anna.company = "ACME Ltd";
        anna.addNumber("mobile", "8 912 345-67-89").addNumber("work", "+7 495 123-45-67");
        store.save(anna.check(ru).contact());
        ContactDraft acme = new ContactDraft();
        acme.company = "ACME Logistics";
        acme.addNumber("main", "+7 495 000-00-01");
        store.save(acme.check(ru).contact());
        ContactDraft boris = new ContactDraft();
        boris.name = "Boris Green";
        boris.addNumber("cell", "+44 20 7946 0958");
        store.save(boris.check(ru).contact());
        session.contactBook = new EngineContactBook(store, executor);
        ContactsView view = new ContactsView(new ContactsViewModel(session, UiThread.fx()), UiThread.fx());
        stage.setScene(new Scene(view.load()));
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        executor.shutdown();
        executor.awaitTermination(10, TimeUnit.SECONDS);
        history.close();
    }

    @SuppressWarnings("unchecked")
    private ListView<dev.ringside.contacts.Contact> list(FxRobot robot) {
        return robot.lookup("#list").queryAs(ListView.class);
    }

    private List<String> shown(FxRobot robot) {
        return list(robot).getItems().stream().map(dev.ringside.contacts.Contact::displayName).toList();
    }

    @Test
    void searchAsYouTypeByCompanyNameOrNumberAndCallANumber(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list(robot).getItems().size() == 3);

        robot.clickOn("#search").write("acme");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shown(robot).equals(List.of("ACME Logistics", "Анна Смирнова")));

        robot.doubleClickOn("#search").eraseText(4).write("912 345");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shown(robot).equals(List.of("Анна Смирнова")));

        Hyperlink work = robot.lookup(".contact-number").match((Hyperlink h) -> h.getText().startsWith("work"))
                .queryAs(Hyperlink.class);
        assertTrue(work.getText().contains("495"), work.getText());
        robot.clickOn(work);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !session.calledBack.isEmpty());
        assertEquals(List.of("+7 495 123-45-67"), session.calledBack);
        assertEquals(2, robot.lookup(".contact-number").queryAll().size(), "every number of the contact is shown");
    }
}
