"""The shop's data in the Django admin, so staff can check what a tool told a customer."""

from django.contrib import admin

from demo_shop.models import (
    AccountChange,
    Customer,
    Order,
    PasswordReset,
    Product,
    Refund,
    ReturnPolicy,
    ReturnRequest,
)


@admin.register(Customer)
class CustomerAdmin(admin.ModelAdmin):
    list_display = ("ref", "name", "email", "phone", "member_since")
    search_fields = ("ref", "name", "email")


@admin.register(Product)
class ProductAdmin(admin.ModelAdmin):
    list_display = ("sku", "name", "category", "price")
    list_filter = ("category",)
    search_fields = ("sku", "name")


@admin.register(ReturnPolicy)
class ReturnPolicyAdmin(admin.ModelAdmin):
    list_display = ("category", "returnable", "window_days", "restocking_fee_percent")


@admin.register(Order)
class OrderAdmin(admin.ModelAdmin):
    list_display = ("number", "customer", "item", "status", "total", "placed_on", "delivered_on")
    list_filter = ("status",)
    list_select_related = ("customer",)
    search_fields = ("=number", "customer__ref", "customer__email", "tracking_code")


@admin.register(ReturnRequest)
class ReturnRequestAdmin(admin.ModelAdmin):
    list_display = ("rma", "order", "reason", "status", "expected_refund", "created_at")
    list_filter = ("status", "reason")
    list_select_related = ("order",)


@admin.register(Refund)
class RefundAdmin(admin.ModelAdmin):
    list_display = ("order", "amount", "reason", "created_at")
    list_select_related = ("order",)


@admin.register(AccountChange)
class AccountChangeAdmin(admin.ModelAdmin):
    list_display = ("customer", "field", "old_value", "new_value", "created_at")
    list_select_related = ("customer",)
    # An audit trail: read-only, even for superusers.
    readonly_fields = ("customer", "field", "old_value", "new_value", "idempotency_key", "created_at")

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(PasswordReset)
class PasswordResetAdmin(admin.ModelAdmin):
    list_display = ("customer", "created_at")
    list_select_related = ("customer",)
