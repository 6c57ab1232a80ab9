package se.medverka.routing.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "routing_service_type")
public class ServiceType {

    @Id
    private Long id;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(name = "sort_order")
    private int sortOrder;

    protected ServiceType() {
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public int getSortOrder() { return sortOrder; }
}
