package dev.ringside.ui.contacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ringside.app.EngineContactBook;
import dev.ringside.contacts.ContactDraft;
import dev.ringside.contacts.ContactStore;
import dev.ringside.history.CallHistory;
import dev.ringside.phone.HomeCountry;
import dev.ringside.phone.PhoneNumbers;
import dev.ringside.ui.Themes;
import dev.ringside.ui.UiThread;
import dev.ringside.ui.fake.FakeSession;
import dev.ringside.ui.i18n.Localization;
import java.nio.file.Files;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Contacts window in Russian, at the size it opens with: the search prompt is shown whole, labels are Russian. */
@ExtendWith(ApplicationExtension.class)
class RussianContactsViewFxTest {

    private final Locale texts = Localization.locale();
    private final String country = HomeCountry.numbers().homeRegion();
    private final FakeSession session = new FakeSession("Оператор", "777");
    private final ExecutorService executor = Executors.newSingleThreadExecutor();
    private CallHistory history;

    @Start
    void start(Stage stage) throws Exception {
        Localization.setLocale(Localization.RUSSIAN);
        HomeCountry.set("RU");
        history = CallHistory.open(Files.createTempDirectory("contacts-ru-fx").resolve("history"));
        PhoneNumbers ru = new PhoneNumbers("RU");
        ContactStore store = new ContactStore(history.dataSource(), ru);
        ContactDraft desk = new ContactDraft();
        desk.name = "Ресепшен";
        desk.addNumber("extension", "201").addNumber("cell", "+7 912 345-67-89");
        store.save(desk.check(ru).contact());
        session.contactBook = new EngineContactBook(store, executor);
        ContactsView view = new ContactsView(new ContactsViewModel(session, UiThread.fx()), UiThread.fx());
        Scene scene = new Scene(view.load()); // as the main window opens it: the FXML's own size
        Themes.style(scene);
        stage.setScene(scene);
        stage.sizeToScene();
        stage.show();
    }

    @AfterEach
    void restore() throws Exception {
        Localization.setLocale(texts);
        HomeCountry.set(country);
        executor.shutdown();
        executor.awaitTermination(10, TimeUnit.SECONDS);
        history.close();
    }

    @Test
    void theSearchPromptIsNotCutAndLabelsAreRussian(FxRobot robot) throws Exception {
        TextField search = robot.lookup("#search").queryAs(TextField.class);
        assertEquals("Поиск по имени, компании или любому номеру", search.getPromptText());
        double[] room = new double[2];
        robot.interact(() -> {
            Text prompt = new Text(search.getPromptText());
            prompt.setFont(search.getFont());
            Insets padding = search.getPadding();
            room[0] = prompt.getLayoutBounds().getWidth();
            room[1] = search.getWidth() - padding.getLeft() - padding.getRight();
        });
        assertTrue(room[0] > 0 && room[0] <= room[1],
                "the prompt needs " + room[0] + " px and the field gives it " + room[1] + " px");

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".contact-number").queryAll().size() == 2);
        assertEquals(java.util.List.of("внутренний: 201", "мобильный: 8 (912) 345-67-89"),
                robot.lookup(".contact-number").queryAllAs(Hyperlink.class).stream().map(Hyperlink::getText).sorted().toList());
    }
}
