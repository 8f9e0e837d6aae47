package vn.luanchuyen.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.luanchuyen.TestProject;
import vn.luanchuyen.cli.Main;
import vn.luanchuyen.model.Cadre;
import vn.luanchuyen.model.Tenure;

/**
 * {@code import}: personnel lists made in the test, an Excel workbook built with POI and a CSV
 * saved the way Excel saves it, with good and bad rows; what is written is checked with the
 * project's data, and an exported table reads back into the same tenures.
 */
class ImportTest {

    /** A province with two districts that each have a commune called Tân Mẫu, and one source. */
    private static TestProject project(Path dir) throws IOException {
        return new TestProject(dir)
                .write("data/sources/bao-mau.yaml", """
                        id: bao-mau
                        publication: Báo Mẫu
                        title: Bài mẫu
                        date: 2022-07-04
                        """)
                .write("data/sources/bao-mau-2.yaml", """
                        id: bao-mau-2
                        publication: Báo Mẫu
                        title: Bài mẫu thứ hai
                        date: 2022-08
                        """)
                .write("data/units/trung-uong.yaml", """
                        units:
                          - id: trung-uong
                            name: Việt Nam
                            type: trung ương
                        """)
                .write("data/units/son-mau.yaml", """
                        units:
                          - id: son-mau
                            name: Sơn Mẫu
                            type: tỉnh
                            parent: trung-uong
                        """)
                .write("data/units/son-mau/dong-mau.yaml", """
                        units:
                          - id: dong-mau
                            name: Đông Mẫu
                            type: huyện
                            parent: son-mau
                          - id: tan-mau
                            name: Tân Mẫu
                            type: xã
                            parent: dong-mau
                          - id: phu-mau
                            name: Phú Mẫu
                            type: xã
                            parent: dong-mau
                          - id: tay-mau
                            name: Tây Mẫu
                            type: huyện
                            parent: son-mau
                          - id: tan-mau-tay-mau
                            name: Tân Mẫu
                            type: xã
                            parent: tay-mau
                        """);
    }

    @Test
    void workbookWithBadRowsWritesNothingThenPartialWritesTheGoodPeople(@TempDir Path dir) throws IOException {
        TestProject p = project(dir.resolve("p"));
        Path list = dir.resolve("danh-sach.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("Cán bộ");
            CellStyle day = wb.createCellStyle();
            day.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            CellStyle month = wb.createCellStyle();
            month.setDataFormat(wb.createDataFormat().getFormat("mm/yyyy"));
            sheet.createRow(0).createCell(0).setCellValue("DANH SÁCH CÁN BỘ LUÂN CHUYỂN");
            row(sheet, 2, "STT", "HỌ VÀ TÊN", "Giới tính", "Chức vụ", "Phòng", "Đơn vị", "Từ ngày", "Đến ngày", "Hình thức", "Quê quán", "Ghi chú");
            // row 4: two tenures of Nguyễn Văn An, the first with Excel date cells
            Row r = row(sheet, 3, "1", "Nguyễn Văn An", "Nam", "Trưởng phòng", "Nội vụ", "huyện Đông Mẫu", null, null, "bổ nhiệm", "Phú Mẫu");
            date(r, 6, LocalDate.of(2017, 5, 1), month);
            date(r, 7, LocalDate.of(2020, 3, 4), day);
            row(sheet, 4, "2", "Nguyễn Văn An", "Nam", "Bí thư Đảng ủy xã", "", "tan-mau", "04/03/2020", "", "điều động, luân chuyển", "");
            Row r6 = row(sheet, 5, "3", "Lê Thị Bích", "Nữ", "Chủ tịch Ủy ban nhân dân", "", "Phú Mẫu", null, "", "bầu", "");
            r6.createCell(6).setCellValue(2019);
            row(sheet, 6, "4", "Phạm Văn Cường", "Nam", "Phó Chủ tịch UBND", "", "Xã Không Có", "2021", "", "bầu", "");
            row(sheet, 7, "5", "Đỗ Văn Dũng", "Nam", "Bí thư Chi bộ thôn 3", "", "xã Tân Mẫu", "31/02/2021", "", "thuyên chuyển", "");
            try (OutputStream out = Files.newOutputStream(list)) {
                wb.write(out);
            }
        }
        Run run = run("import", list.toString(), "--project", p.root().toString(), "--source", "bao-mau");
        assertThat(run.code).isEqualTo(1);
        assertThat(run.err.lines()).contains(
                "dòng 3: bỏ qua cột \"Ghi chú\"",
                "dòng 7: không rõ đơn vị \"Xã Không Có\"",
                "dòng 8: đơn vị \"xã Tân Mẫu\" có thể là tan-mau (xã Tân Mẫu), tan-mau-tay-mau (xã Tân Mẫu): hãy ghi mã đơn vị",
                "dòng 8: không rõ chức vụ \"Bí thư Chi bộ thôn 3\"",
                "dòng 8: không đọc được ngày \"31/02/2021\" ở cột \"Từ ngày\" (viết 04/07/2022, 7/2022 hoặc 2022)",
                "dòng 8: không rõ hình thức \"thuyên chuyển\" (bầu, bổ nhiệm, chỉ định, phân công, điều động, luân chuyển, biệt phái, tuyển dụng)");
        assertThat(run.err).contains("đọc 5 dòng, 2 dòng lỗi");
        assertThat(cadreFiles(p)).isEmpty();

        Run partial = run("import", list.toString(), "--project", p.root().toString(), "--source", "bao-mau", "--partial");
        assertThat(partial.code).as("a row still failed").isEqualTo(1);
        assertThat(cadreFiles(p)).containsExactly("le-thi-bich.yaml", "nguyen-van-an.yaml");
        assertThat(p.lines()).isEmpty();
        assertThat(Files.readString(p.root().resolve("data/cadres/nguyen-van-an.yaml"))).isEqualTo("""
                # yaml-language-server: $schema=../../schema/cadres.schema.json
                # Nhập từ danh-sach.xlsx, dòng 4, 5.
                id: nguyen-van-an
                name: Nguyễn Văn An
                gender: nam
                hometown: phu-mau
                sources: [bao-mau]
                tenures:
                  - unit: dong-mau
                    post: Trưởng phòng
                    department: Nội vụ
                    from: 2017-05
                    to: 2020-03-04
                    began: bổ nhiệm
                  - unit: tan-mau
                    post: Bí thư
                    from: 2020-03-04
                    began: [điều động, luân chuyển]
                """);
        Cadre bich = cadre(p, "le-thi-bich");
        assertThat(bich.tenures().get(0).from()).hasToString("2019");
        assertThat(bich.tenures().get(0).post().id()).isEqualTo("chu-tich-ubnd");
    }

    @Test
    void csvWithBomAndSemicolonsAsExcelSavesIt(@TempDir Path dir) throws IOException {
        TestProject p = project(dir.resolve("p"));
        Path list = dir.resolve("ds.csv");
        String csv = "\uFEFFMã;Họ và tên;Chức vụ;Đơn vị;Từ ngày;Đến ngày;Hình thức;Nguồn\r\n"
                + "01;Trần Văn Ba;Phó Chủ tịch UBND xã;tan-mau;7/2015;~6/2020;bầu;bao-mau\r\n"
                + "01;Trần Văn Ba;Bí thư kiêm Chủ tịch UBND;Phú Mẫu;~6/2020;;\"điều động, luân chuyển\";bao-mau-2\r\n"
                + "02;Trần Văn Ba;Chánh Văn phòng Huyện ủy;Đông Mẫu;2018;;bổ nhiệm;bao-mau\r\n"
                + ";;;;;;;\r\n";
        Files.writeString(list, csv, StandardCharsets.UTF_8);
        Run run = run("import", list.toString(), "--project", p.root().toString());
        assertThat(run.code).as(run.err).isZero();
        assertThat(cadreFiles(p)).containsExactly("tran-van-ba-dong-mau.yaml", "tran-van-ba.yaml");
        assertThat(p.lines()).isEmpty();
        Cadre ba = cadre(p, "tran-van-ba");
        assertThat(ba.sources()).containsExactly("bao-mau", "bao-mau-2");
        assertThat(ba.tenures()).extracting(t -> t.unit() + " " + t.post().id() + " " + t.from() + " " + t.to())
                .containsExactly("tan-mau pho-chu-tich-ubnd 2015-07 ~2020-06", "phu-mau bi-thu ~2020-06 null",
                        "phu-mau chu-tich-ubnd ~2020-06 null");
        assertThat(ba.tenures().get(1).sources()).containsExactly("bao-mau-2");
        assertThat(ba.tenures().get(0).sources()).containsExactly("bao-mau");
        assertThat(cadre(p, "tran-van-ba-dong-mau").tenures()).singleElement()
                .satisfies(t -> assertThat(t.post().id()).isEqualTo("chanh-van-phong"));
    }

    @Test
    void problemsTheCheckerFindsAreReportedOnTheirRowsInEnglishToo(@TempDir Path dir) throws IOException {
        TestProject p = project(dir.resolve("p"));
        Path list = dir.resolve("ds.csv");
        Files.writeString(list, """
                Họ và tên,Chức vụ,Đơn vị,Từ ngày,Đến ngày,Hình thức
                Vũ Văn Em,Bí thư,Phú Mẫu,2019,2022,bầu
                Hồ Văn Giang,Bí thư,Phú Mẫu,2020,,bầu
                Hồ Văn Giang,Phó Chủ tịch UBND,Phú Mẫu,2022,2019,bầu
                """, StandardCharsets.UTF_8);
        Run run = run("import", list.toString(), "--project", p.root().toString(), "--source", "bao-mau", "--lang", "en");
        assertThat(run.code).isEqualTo(1);
        assertThat(run.err.lines().filter(l -> l.startsWith("row "))).containsExactly(
                "row 3: Hồ Văn Giang and Vũ Văn Em both hold \"Bí thư\" of \"phu-mau\" at the same time (see data/cadres/vu-van-em.yaml:7:5)",
                "row 4: the tenure ends (2019) before it starts (2022)");
        assertThat(run.err).contains("nothing is written while a row fails");
        assertThat(cadreFiles(p)).isEmpty();
    }

    @Test
    void dryRunPrintsTheFilesAndWritesNothing(@TempDir Path dir) throws IOException {
        TestProject p = project(dir.resolve("p"));
        Path list = dir.resolve("ds.csv");
        Files.writeString(list, "Họ và tên,Chức vụ,Đơn vị,Đến ngày,Nguồn,Giới tính\nNgô Thị Hoa,Cán bộ Văn phòng UBND,Đông Mẫu,2021,bao-mau,nữ\n",
                StandardCharsets.UTF_8);
        Run run = run("import", list.toString(), "--project", p.root().toString(), "--dry-run");
        assertThat(run.code).isZero();
        assertThat(run.out).contains("ngo-thi-hoa.yaml", "name: Ngô Thị Hoa", "gender: nữ", "post: Cán bộ", "body: Văn phòng UBND", "to: 2021");
        assertThat(run.err).contains("sẽ ghi 1/1 hồ sơ cán bộ");
        assertThat(cadreFiles(p)).isEmpty();
    }

    @Test
    void aFileThatIsNotAListIsRefusedAsAWhole(@TempDir Path dir) throws IOException {
        TestProject p = project(dir.resolve("p"));
        Path latin1 = dir.resolve("ansi.csv");
        Files.write(latin1, "Họ và tên,Chức vụ,Đơn vị\nNguyễn,Bí thư,Phú Mẫu\n".getBytes(java.nio.charset.Charset.forName("windows-1258")));
        Run run = run("import", latin1.toString(), "--project", p.root().toString(), "--source", "bao-mau");
        assertThat(run.code).isEqualTo(1);
        assertThat(run.err).contains("tệp CSV không phải UTF-8");
        Path noHeading = dir.resolve("x.csv");
        Files.writeString(noHeading, "Tên,Chức vụ\nA,Bí thư\n");
        assertThat(run("import", noHeading.toString(), "--project", p.root().toString()).err)
                .contains("không thấy dòng tiêu đề: cần các cột \"Họ và tên\", \"Chức vụ\" và \"Đơn vị\"");
        assertThat(run("import", dir.resolve("khong-co.xlsx").toString(), "--project", p.root().toString()).code).isEqualTo(2);
    }

    @Test
    void anExportedTableReadsBackIntoTheSameTenures(@TempDir Path dir) throws IOException {
        Path exported = dir.resolve("can-bo.csv");
        assertThat(Main.run("export", "--format", "csv", "--out", exported.toString())).isZero();
        TestProject p = new TestProject(dir.resolve("p"));
        for (String folder : List.of("sources", "units")) {
            try (Stream<Path> files = Files.walk(Path.of("data", folder))) {
                for (Path f : files.filter(Files::isRegularFile).toList()) p.writeBytes(f.toString(), Files.readAllBytes(f));
            }
        }
        Run run = run("import", exported.toString(), "--project", p.root().toString());
        assertThat(run.code).as(run.err).isZero();
        assertThat(p.lines()).isEmpty();
        List<Cadre> original = new TestProject(Path.of(".")).check().data().cadres();
        List<Cadre> imported = p.check().data().cadres();
        assertThat(imported).hasSameSizeAs(original);
        for (Cadre o : original) {
            Cadre i = imported.stream().filter(c -> c.id().equals(o.id())).findFirst().orElseThrow();
            assertThat(i.name()).isEqualTo(o.name());
            assertThat(i.gender()).isEqualTo(o.gender());
            assertThat(i.sources()).isEqualTo(o.sources());
            assertThat(i.tenures().stream().map(ImportTest::fact).toList()).as(o.id())
                    .containsExactlyInAnyOrderElementsOf(o.tenures().stream().map(ImportTest::fact).toList());
        }
    }

    private static String fact(Tenure t) {
        return String.join(" ", t.unit(), t.post().id(), String.valueOf(t.department()), String.valueOf(t.body()),
                String.valueOf(t.from()), String.valueOf(t.to()), String.valueOf(t.heldOn()), t.began().toString());
    }

    // ---- helpers ----------------------------------------------------------------------

    private record Run(int code, String out, String err) {
    }

    /** Runs the command as a user would, capturing what it prints. */
    private static synchronized Run run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            int code = Main.run(args);
            return new Run(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    private static Row row(Sheet sheet, int index, String... values) {
        Row r = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) r.createCell(i).setCellValue(values[i]);
        }
        return r;
    }

    private static void date(Row r, int column, LocalDate d, CellStyle style) {
        Cell c = r.createCell(column);
        c.setCellValue(d);
        c.setCellStyle(style);
    }

    private static List<String> cadreFiles(TestProject p) throws IOException {
        Path dir = p.root().resolve("data/cadres");
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    private static Cadre cadre(TestProject p, String id) {
        return p.check().data().cadres().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }
}
