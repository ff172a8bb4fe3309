-- The four knowledge bases and their editing policy.
CREATE TABLE space (
    space_key      VARCHAR(32)   NOT NULL PRIMARY KEY,
    policy         VARCHAR(32)   NOT NULL,
    name_vi        VARCHAR(200)  NOT NULL,
    name_en        VARCHAR(200)  NOT NULL,
    description_vi VARCHAR(1000) NOT NULL,
    description_en VARCHAR(1000) NOT NULL,
    sort_order     INTEGER       NOT NULL,
    version        BIGINT        NOT NULL DEFAULT 0
);

INSERT INTO space (space_key, policy, name_vi, name_en, description_vi, description_en, sort_order) VALUES
('general', 'open', 'Bách khoa tri thức', 'General encyclopedia',
 'Bách khoa toàn thư mở do giáo viên và nhà nghiên cứu viết, cho học sinh và mọi người dân.',
 'An open encyclopedia written by teachers and scholars, for students and every citizen.', 1),
('agriculture', 'expert-verified', 'Nông nghiệp', 'Agriculture',
 'Kinh nghiệm canh tác do nông dân chia sẻ, được chuyên gia nông nghiệp thẩm định: cây trồng, sâu bệnh, mùa vụ, địa bàn.',
 'Practice notes shared by farmers and verified by agricultural experts: crops, pests, seasons, districts.', 2),
('medical', 'reviewed', 'Y tế', 'Health',
 'Kiến thức y tế phổ thông do bác sĩ biên soạn; mọi chỉnh sửa chỉ hiển thị sau khi bác sĩ duyệt.',
 'Common health knowledge curated by doctors; every edit is shown only after a doctor approves it.', 3),
('tourism', 'open', 'Du lịch và văn hoá', 'Tourism and culture',
 'Di tích, ẩm thực, lưu trú và cơ sở y tế cho du khách, bằng tiếng Việt và tiếng nước ngoài, trên bản đồ.',
 'Heritage sites, food, lodging and health facilities for visitors, in Vietnamese and foreign languages, on a map.', 4);
