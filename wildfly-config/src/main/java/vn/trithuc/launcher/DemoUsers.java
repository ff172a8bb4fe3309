package vn.trithuc.launcher;

/** The demo users of the development realm, as the launcher prints them (DESIGN.md §3). */
final class DemoUsers {

    static final String[][] ALL = {
        {"hocsinh", "student: reads, searches, edits general articles, learns"},
        {"nongdan", "farmer (Huyện Đông Anh): writes agriculture practice notes"},
        {"chuyengia", "agricultural expert: verifies agriculture notes"},
        {"bacsi", "doctor (Sở Y tế): edits and approves medical articles"},
        {"bientap", "editor: patrols, rolls back, protects, renames"},
        {"congchuc", "civil servant (Sở TT&TT / Phòng CNTT): assigned courses and exams"},
        {"congchuc2", "civil servant (Quận Ba Đình / UBND Phường Điện Biên)"},
        {"giangvien", "instructor: authors courses, question banks and exams"},
        {"khaothi", "exam administrator: schedules exams, sees pass-rate reports"},
        {"quantri", "administrator: everything"},
    };

    private DemoUsers() {
    }
}
