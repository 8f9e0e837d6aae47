package vn.luanchuyen.bulletin;

import java.io.IOException;
import vn.luanchuyen.TestProject;

/**
 * A district (huyen-b) with one rotated cadre, an evaluation with individual ratings and some
 * internal values, on the real bulletin templates: the bulletin huyen-b-2021.pdf.
 */
final class SmallProject {
    private SmallProject() {
    }

    static TestProject create() throws IOException {
        TestProject p = SampleProject.withTemplates(TestProject.temporary().withBase());
        return p.write("data/units/trung-uong.yaml", """
                        units:
                          - id: trung-uong
                            name: Việt Nam
                            type: trung ương
                        """)
                .write("data/units/tinh-a.yaml", """
                        units:
                          - id: tinh-a
                            name: Tỉnh A
                            type: tỉnh
                            parent: trung-uong
                        """)
                .write("data/cadres/tran-van-an.yaml", """
                        id: tran-van-an
                        name: Trần Văn An
                        birth_year: 1975
                        sources: [bao-mau]
                        tenures:
                          - unit: huyen-b
                            post: Chánh Văn phòng
                            to: 2021-03
                          - unit: xa-c
                            post: Bí thư
                            from: 2021-03
                            began: [điều động, luân chuyển]
                            note: Ghi chú công khai về nhiệm vụ mới.
                        """)
                .write("data/cadres/le-thi-binh.yaml", """
                        id: le-thi-binh
                        name: Lê Thị Bình
                        sources: [bao-mau]
                        tenures:
                          - unit: xa-d
                            post: Chủ tịch UBND
                            held_on: 2021-07
                        """)
                .write("data/evaluations/huyen-b.yaml", """
                        evaluations:
                          - id: xa-c-2021-07
                            unit: xa-c
                            month: 2021-07
                            evaluated: 12
                            counts:
                              - rating: hoàn thành tốt nhiệm vụ
                                or_better: true
                                count: 11
                              - rating: không hoàn thành nhiệm vụ
                                count: 1
                            ratings:
                              - cadre: le-thi-binh
                                rating: không hoàn thành nhiệm vụ
                            sources: [bao-mau]
                        """)
                .write("data/figures/huyen-b.yaml", """
                        figures:
                          - id: huyen-b-luot-2021
                            indicator: moves
                            value: 9
                            unit: huyen-b
                            to: 2021-12
                            sources: [bao-mau]
                          - id: huyen-b-noi-bo-2021
                            indicator: units-with-non-local-key-cadre
                            value: 3
                            of: 5
                            unit: huyen-b
                            to: 2021-12
                            internal: true
                            sources: [bao-mau]
                        """);
    }
}
