package vn.luanchuyen.history;

import vn.luanchuyen.model.Term;

/** What a commit did to a record, in terms of the records rather than lines. */
public enum ChangeKind implements Term {
    ADDED("thêm hồ sơ"),
    REMOVED("xóa hồ sơ"),
    TENURE_ADDED("thêm chức vụ"),
    MOVE_ADDED("lượt điều động, luân chuyển mới"),
    TENURE_ENDED("kết thúc chức vụ"),
    TENURE_REMOVED("bỏ chức vụ"),
    TENURE_CORRECTED("sửa chức vụ"),
    NAME_CORRECTED("sửa tên"),
    CORRECTED("sửa thông tin");

    private final String label;

    ChangeKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
