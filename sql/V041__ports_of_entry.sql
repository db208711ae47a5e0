-- Ports of entry as reference data (docs/domain.md, "Oversight"): the southwest border's land ports,
-- west to east (position), which administrators add to, rename and retire (a retired port stays on
-- the records that name it and is refused on new ones). Requirements name the ports they concern
-- (comma-separated codes), a tasking and an intelligence item the one they concern; coverage is
-- measured per port. Nothing here is secret.

CREATE TABLE port_of_entry (
    code       VARCHAR(32)  NOT NULL PRIMARY KEY,
    name       VARCHAR(80)  NOT NULL,
    state      CHAR(2)      NOT NULL,
    position   INT          NOT NULL,
    retired    BOOLEAN      NOT NULL DEFAULT FALSE,
    changed_at TIMESTAMP(6) NOT NULL,
    changed_by VARCHAR(64)  NOT NULL,
    CONSTRAINT uq_port_of_entry_name UNIQUE (name)
) ENGINE=InnoDB;

INSERT INTO port_of_entry (code, name, state, position, retired, changed_at, changed_by) VALUES
    ('SAN_YSIDRO', 'San Ysidro', 'CA', 10, FALSE, CURRENT_TIMESTAMP(6), 'migration'),
    ('OTAY_MESA', 'Otay Mesa', 'CA', 20, FALSE, CURRENT_TIMESTAMP(6), 'migration'),
    ('TECATE', 'Tecate', 'CA', 30, FALSE, CURRENT_TIMESTAMP(6), 'migration'),
    ('CALEXICO_WEST', 'Calexico West', 'CA', 40, FALSE, CURRENT_TIMESTAMP(6), 'migration'),
    ('CALEXICO_EAST', 'Calexico East', 'CA', 50, FALSE, CURRENT_TIMESTAMP(6), 'migration'),
    ('ANDRADE', 'Andrade', 'CA', 60, FALSE, CURRENT_TIMESTAMP(6), 'migration'),
    ('SAN_LUIS', 'San Luis', 'AZ', 70, FALSE, CURRENT_TIMESTAMP(6), 'migration'),
    ('LUKEVILLE', 'Lukeville', 'AZ', 80, FALSE, CURRENT_TIMESTAMP(6), 'migration'),
    ('SASABE', 'Sasabe', 'AZ', 90, FALSE, CURRENT_TIMESTAMP(6), 'migration'),
    ('NOGALES_DECONCINI', 'Nogales (DeConcini)', 'AZ', 100, FALSE, CURRENT_TIMESTAMP(6), 'migration'),
    ('NOGALES_MARIPOSA', 'Nogales (Mariposa)', 'AZ', 110, FALSE, CURRENT_TIMESTAMP(6), 'migration'),
    ('NACO', 'Naco', 'AZ', 120, FALSE, CURRENT_TIMESTAMP(6), 'migration'),
    ('DOUGLAS', 'Douglas', 'AZ', 130, FALSE, CURRENT_TIMESTAMP(6), 'migration'),
    ('COLUMBUS', 'Columbus', 'NM', 140, FALSE, CURRENT_TIMESTAMP(6), 'migration'),
    ('SANTA_TERESA', 'Santa Teresa', 'NM', 150, FALSE, CURRENT_TIMESTAMP(6), 'migration'),
    ('EL_PASO', 'El Paso', 'TX', 160, FALSE, CURRENT_TIMESTAMP(6), 'migration'),
    ('TORNILLO', 'Tornillo', 'TX', 170, FALSE, CURRENT_TIMESTAMP(6), 'migration'),
    ('PRESIDIO', 'Presidio', 'TX', 180, FALSE, CURRENT_TIMESTAMP(6), 'migration'),
    ('DEL_RIO', 'Del Rio', 'TX', 190, FALSE, CURRENT_TIMESTAMP(6), 'migration'),
    ('EAGLE_PASS', 'Eagle Pass', 'TX', 200, FALSE, CURRENT_TIMESTAMP(6), 'migration'),
    ('LAREDO', 'Laredo', 'TX', 210, FALSE, CURRENT_TIMESTAMP(6), 'migration'),
    ('ROMA', 'Roma', 'TX', 220, FALSE, CURRENT_TIMESTAMP(6), 'migration'),
    ('RIO_GRANDE_CITY', 'Rio Grande City', 'TX', 230, FALSE, CURRENT_TIMESTAMP(6), 'migration'),
    ('HIDALGO_PHARR', 'Hidalgo/Pharr', 'TX', 240, FALSE, CURRENT_TIMESTAMP(6), 'migration'),
    ('PROGRESO', 'Progreso', 'TX', 250, FALSE, CURRENT_TIMESTAMP(6), 'migration'),
    ('BROWNSVILLE', 'Brownsville', 'TX', 260, FALSE, CURRENT_TIMESTAMP(6), 'migration');

ALTER TABLE intelligence_requirement ADD COLUMN ports VARCHAR(1024) NOT NULL DEFAULT '';
-- a tasking may name the one port of entry it is about (one of its requirement's, where that names any);
-- an item answering it concerns that port
ALTER TABLE tasking ADD COLUMN port_code VARCHAR(32) NULL;
-- an intelligence item's port: the one its officer names, else its tasking's
ALTER TABLE contact_item ADD COLUMN port_code VARCHAR(32) NULL;

GRANT SELECT, INSERT ON port_of_entry TO ${appAccount};
GRANT UPDATE (name, state, position, retired, changed_at, changed_by) ON port_of_entry TO ${appAccount};
